// Replaces the deal's decision chain with the given one (already checked), keeping its order.
MATCH (o:Opportunity {id: $id})
WHERE o.accountId = $accountId
CALL (o) { MATCH (:Person)-[r:ROLE_IN]->(o) DELETE r }
CALL (o) {
  UNWIND range(0, size($roles) - 1) AS k
  MATCH (p:Person {id: $roles[k].personId})
  CREATE (p)-[:ROLE_IN {decisionRole: $roles[k].decisionRole, hidden: $roles[k].hidden, position: k}]->(o)
}
SET o.version = coalesce(o.version, 1) + 1
