// A visit's follow-up action, in the shape the import writes actions.
MATCH (v:VisitPlan {id: $visitId})
WHERE v.accountId = $accountId
CREATE (x:Action {id: $id, accountId: $accountId, version: 1, createdAt: datetime()})
SET x += $props, x.updatedAt = datetime()
CREATE (x)-[:FOLLOWS_UP]->(v)
