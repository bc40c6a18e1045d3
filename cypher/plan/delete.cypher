MATCH (t:PlanTarget {id: $id})
WHERE t.accountId = $accountId
DETACH DELETE t
