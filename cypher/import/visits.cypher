UNWIND $rows AS r
CREATE (v:VisitPlan {
  id: r.id, accountId: $accountId, externalId: r.externalId, date: r.date, status: r.status,
  objective: r.objective, version: 1
})
WITH v, r
CALL (v, r) {
  WITH v, r WHERE r.opportunityId IS NOT NULL
  MATCH (o:Opportunity {id: r.opportunityId})
  CREATE (v)-[:FOR_OPPORTUNITY]->(o)
}
CALL (v, r) {
  UNWIND range(0, size(r.targetIds) - 1) AS k
  MATCH (p:Person {id: r.targetIds[k]})
  CREATE (v)-[:TARGETS {position: k}]->(p)
}
CALL (v, r) {
  UNWIND range(0, size(r.staffIds) - 1) AS k
  MATCH (s:Staff {id: r.staffIds[k]})
  CREATE (s)-[:JOINS {position: k}]->(v)
}
