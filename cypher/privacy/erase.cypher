// The person, their stance history, the plan targets about them and every relationship they are part of.
MATCH (p:Person {id: $personId})
WHERE p.accountId = $accountId
CALL (p) {
  OPTIONAL MATCH (p)-[:HAD_STANCE]->(s:StanceChange)
  DETACH DELETE s
  RETURN count(s) AS stanceChanges
}
CALL (p) {
  OPTIONAL MATCH (t:PlanTarget)-[:FOR_PERSON]->(p)
  DETACH DELETE t
  RETURN count(t) AS planTargets
}
WITH p, stanceChanges, planTargets, COUNT { (p)--() } AS relationships
DETACH DELETE p
RETURN stanceChanges, planTargets, relationships
