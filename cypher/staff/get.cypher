MATCH (s:Staff {id: $id})
CALL (s) {
  OPTIONAL MATCH (s)-[:ON_TEAM]->(a:Account)
  WITH a ORDER BY a.name, a.id
  RETURN collect(a {.id, .name}) AS accounts
}
RETURN s {.id, .externalId, .name, .title, .rank, .email, accounts: accounts, version: coalesce(s.version, 1)} AS row
