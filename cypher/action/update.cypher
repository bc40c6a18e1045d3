MATCH (x:Action {id: $id})
WHERE x.accountId = $accountId
SET x += $props, x.version = coalesce(x.version, 1) + 1
