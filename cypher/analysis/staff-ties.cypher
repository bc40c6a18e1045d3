// Our staff on the account's team and whom they know, for warm introduction paths.
MATCH (s:Staff)-[:ON_TEAM]->(:Account {id: $accountId})
CALL (s) {
  OPTIONAL MATCH (s)-[k:KNOWS]->(p:Person {accountId: $accountId})
  WITH k, p ORDER BY p.id
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {personId: p.id, strength: k.strength} END) AS knows
}
WITH s, knows ORDER BY s.id
RETURN s {.id, .name, .title, .rank, knows: knows} AS row
