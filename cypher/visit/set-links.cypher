// Replaces the visit's opportunity, targets and joining executives with the ones given (already
// checked), in the shape the import writes: (s)-[:JOINS {position}]->(v)-[:TARGETS {position}]->(p).
MATCH (v:VisitPlan {id: $id})
WHERE v.accountId = $accountId
CALL (v) { MATCH (v)-[r:FOR_OPPORTUNITY|TARGETS]->() DELETE r }
CALL (v) { MATCH (:Staff)-[j:JOINS]->(v) DELETE j }
CALL (v) {
  MATCH (o:Opportunity {id: $opportunityId})
  CREATE (v)-[:FOR_OPPORTUNITY]->(o)
}
CALL (v) {
  UNWIND range(0, size($targetIds) - 1) AS k
  MATCH (p:Person {id: $targetIds[k]})
  CREATE (v)-[:TARGETS {position: k}]->(p)
}
CALL (v) {
  UNWIND range(0, size($staffIds) - 1) AS k
  MATCH (s:Staff {id: $staffIds[k]})
  CREATE (s)-[:JOINS {position: k}]->(v)
}
