MATCH (a:Account {id: $accountId})
CREATE (v:VisitPlan {id: $id, accountId: $accountId, version: 1, createdAt: datetime()})
SET v += $props, v.updatedAt = datetime()
