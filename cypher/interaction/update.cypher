MATCH (i:Interaction {id: $id})
WHERE i.accountId = $accountId
SET i += $props, i.version = coalesce(i.version, 1) + 1
