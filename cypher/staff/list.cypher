MATCH (s:Staff)
CALL (s) {
  OPTIONAL MATCH (s)-[:ON_TEAM]->(a:Account)
  WITH a ORDER BY a.name, a.id
  RETURN collect(a {.id, .name}) AS accounts
}
WITH s, accounts ORDER BY s.name, s.id
RETURN s {.id, .externalId, .name, .title, .rank, .email, accounts: accounts, version: coalesce(s.version, 1)} AS row
