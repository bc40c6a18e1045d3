// Replaces each person's reporting line with r.bossId (none when null); checked for cycles before.
UNWIND $rows AS r
MATCH (p:Person {id: r.personId})
WHERE p.accountId = $accountId
CALL (p) {
  MATCH (p)-[x:REPORTS_TO]->()
  DELETE x
}
CALL (p, r) {
  MATCH (boss:Person {id: r.bossId})
  WHERE boss.accountId = $accountId
  CREATE (p)-[:REPORTS_TO]->(boss)
}
