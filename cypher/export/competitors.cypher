MATCH (c:Competitor {accountId: $accountId})
WITH c, coalesce(c.externalId, c.id) AS key
ORDER BY key
RETURN c {id: key, .name} AS row
