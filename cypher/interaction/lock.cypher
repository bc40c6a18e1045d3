MATCH (i:Interaction {id: $id})
WHERE i.accountId = $accountId
SET i._lock = true
REMOVE i._lock
RETURN i {.id, .summary, version: coalesce(i.version, 1)} AS row
