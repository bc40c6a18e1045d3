MATCH (x:Action {id: $id})
WHERE x.accountId = $accountId
SET x._lock = true
REMOVE x._lock
RETURN x {.id, .title, version: coalesce(x.version, 1)} AS row
