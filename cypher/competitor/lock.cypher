MATCH (c:Competitor {id: $id})
WHERE c.accountId = $accountId
SET c._lock = true
REMOVE c._lock
RETURN c {.id, .name, version: coalesce(c.version, 1)} AS row
