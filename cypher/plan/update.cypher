MATCH (t:PlanTarget {id: $id})
WHERE t.accountId = $accountId
SET t += $props, t.version = t.version + 1, t.updatedAt = datetime()
