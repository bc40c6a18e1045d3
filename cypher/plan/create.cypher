MATCH (a:Account {id: $accountId})
CREATE (t:PlanTarget {id: $id, accountId: $accountId, version: 1, createdAt: datetime()})
SET t += $props, t.updatedAt = datetime()
