MATCH (v:VisitPlan {id: $id})
WHERE v.accountId = $accountId
SET v += $props, v.version = v.version + 1, v.updatedAt = datetime()
