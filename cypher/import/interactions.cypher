UNWIND $rows AS r
CREATE (i:Interaction {
  id: r.id, accountId: $accountId, externalId: r.externalId, date: r.date, kind: r.kind, summary: r.summary
})
WITH i, r
CALL (i, r) {
  UNWIND r.personIds AS pid
  MATCH (p:Person {id: pid})
  CREATE (p)-[:ATTENDED]->(i)
}
CALL (i, r) {
  UNWIND r.staffIds AS sid
  MATCH (s:Staff {id: sid})
  CREATE (s)-[:ATTENDED]->(i)
}
