// Replaces whom the action concerns and who owns it (both already checked).
MATCH (x:Action {id: $id})
WHERE x.accountId = $accountId
CALL (x) { MATCH (x)-[r:CONCERNS]->() DELETE r }
CALL (x) { MATCH ()-[r:RESPONSIBLE_FOR]->(x) DELETE r }
CALL (x) {
  MATCH (p:Person {id: $personId})
  CREATE (x)-[:CONCERNS]->(p)
}
CALL (x) {
  MATCH (s:Staff {id: $ownerStaffId})
  CREATE (s)-[:RESPONSIBLE_FOR]->(x)
}
