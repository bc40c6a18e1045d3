// Makes each person a member of exactly r.orgIds, in that order; kept memberships keep their title.
UNWIND $rows AS r
MATCH (p:Person {id: r.personId})
WHERE p.accountId = $accountId
CALL (p, r) {
  MATCH (p)-[m:MEMBER_OF]->(o:Org)
  WHERE NOT o.id IN r.orgIds
  DELETE m
}
CALL (p, r) {
  UNWIND range(0, size(r.orgIds) - 1) AS k
  MATCH (o:Org {id: r.orgIds[k]})
  WHERE o.accountId = $accountId
  MERGE (p)-[m:MEMBER_OF]->(o)
  SET m.position = k
}
