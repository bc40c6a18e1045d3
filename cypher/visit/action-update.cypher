MATCH (x:Action {id: $id})
WHERE x.accountId = $accountId
SET x += $props, x.version = x.version + 1, x.updatedAt = datetime()
