MATCH (:User {id: $userId})-[:MEMBER]->(a:Account)
CALL (a) {
  OPTIONAL MATCH (p:Person {accountId: a.id})
  RETURN count(p) AS people
}
CALL (a) {
  OPTIONAL MATCH (o:Opportunity {accountId: a.id})
  RETURN count(o) AS opportunities
}
WITH a, people, opportunities ORDER BY a.name, a.id
RETURN a {.id, .name, .customerClass, .orgLevel, .notes, .version, people: people, opportunities: opportunities} AS row
