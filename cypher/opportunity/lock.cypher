MATCH (o:Opportunity {id: $id})
WHERE o.accountId = $accountId
SET o._lock = true
REMOVE o._lock
RETURN o {.id, .name, version: coalesce(o.version, 1)} AS row
