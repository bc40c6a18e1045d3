// Accounts still being bulk-imported (importing = true) are not visible yet.
MATCH (a:Account) WHERE a.importing IS NULL
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
