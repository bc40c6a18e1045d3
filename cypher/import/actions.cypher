UNWIND $rows AS r
CREATE (x:Action {
  id: r.id, accountId: $accountId, externalId: r.externalId, kind: r.kind, title: r.title, due: r.due,
  status: r.status, complianceRisk: r.complianceRisk, approvedBy: r.approvedBy, notes: r.notes, version: 1
})
WITH x, r
CALL (x, r) {
  WITH x, r WHERE r.personId IS NOT NULL
  MATCH (p:Person {id: r.personId})
  CREATE (x)-[:CONCERNS]->(p)
}
CALL (x, r) {
  WITH x, r WHERE r.visitId IS NOT NULL
  MATCH (v:VisitPlan {id: r.visitId})
  CREATE (x)-[:FOLLOWS_UP]->(v)
}
CALL (x, r) {
  WITH x, r WHERE r.ownerStaffId IS NOT NULL
  MATCH (s:Staff {id: r.ownerStaffId})
  CREATE (s)-[:RESPONSIBLE_FOR]->(x)
}
