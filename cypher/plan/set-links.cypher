// Replaces the person and opportunity a relationship target is about (both already checked).
MATCH (t:PlanTarget {id: $id})
WHERE t.accountId = $accountId
CALL (t) { MATCH (t)-[r:FOR_PERSON|FOR_OPPORTUNITY]->() DELETE r }
CALL (t) {
  MATCH (p:Person {id: $personId})
  CREATE (t)-[:FOR_PERSON]->(p)
}
CALL (t) {
  MATCH (o:Opportunity {id: $opportunityId})
  CREATE (t)-[:FOR_OPPORTUNITY]->(o)
}
