MATCH (s:Staff)-[:ON_TEAM]->(:Account {id: $accountId})
WITH s ORDER BY s.name
RETURN s {.id, .externalId, .name, .title, .rank, .email} AS row
