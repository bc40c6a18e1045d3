// Replaces the person's memberships and reporting line with the ones given (already checked).
MATCH (p:Person {id: $id})
WHERE p.accountId = $accountId
CALL (p) { MATCH (p)-[m:MEMBER_OF]->() DELETE m }
CALL (p) {
  UNWIND range(0, size($orgIds) - 1) AS k
  MATCH (o:Org {id: $orgIds[k]})
  CREATE (p)-[:MEMBER_OF {title: $orgRoles[$orgIds[k]], position: k}]->(o)
}
CALL (p) { MATCH (p)-[r:REPORTS_TO]->() DELETE r }
CALL (p) {
  MATCH (boss:Person {id: $bossId})
  CREATE (p)-[:REPORTS_TO]->(boss)
}
