// Replaces who attended (already checked) with the given people and staff.
MATCH (i:Interaction {id: $id})
WHERE i.accountId = $accountId
CALL (i) { MATCH ()-[r:ATTENDED]->(i) DELETE r }
CALL (i) {
  UNWIND $personIds AS personId
  MATCH (p:Person {id: personId})
  CREATE (p)-[:ATTENDED]->(i)
}
CALL (i) {
  UNWIND $staffIds AS staffId
  MATCH (s:Staff {id: staffId})
  CREATE (s)-[:ATTENDED]->(i)
}
