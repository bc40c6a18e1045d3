MATCH (c:Competitor {id: $id})
WHERE c.accountId = $accountId
SET c.name = $name, c.version = coalesce(c.version, 1) + 1
