// Our staff on the account's team and whom they know, for warm introduction paths.
// The account filter stands after the OPTIONAL MATCH (it cannot move into it), so the planner expands each
// team member's KNOWS: with {accountId: $accountId} in the pattern it sometimes seeked all the account's
// people per team member and probed each pair (57,000 db hits instead of 140 at 500 people).
MATCH (s:Staff)-[:ON_TEAM]->(:Account {id: $accountId})
CALL (s) {
  OPTIONAL MATCH (s)-[k:KNOWS]->(p:Person)
  WITH k, p WHERE p.accountId = $accountId
  WITH k, p ORDER BY p.id
  RETURN collect({personId: p.id, strength: k.strength}) AS knows
}
WITH s, knows ORDER BY s.id
RETURN s {.id, .name, .title, .rank, knows: knows} AS row
