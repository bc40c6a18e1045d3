MATCH (o:Opportunity {id: $id})
WHERE o.accountId = $accountId
SET o += $props, o.version = coalesce(o.version, 1) + 1
