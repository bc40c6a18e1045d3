MATCH (t:ApiToken)-[:TOKEN_OF]->(:User {id: $userId})
WITH t ORDER BY t.createdAt, t.id
RETURN t {.id, .name, .createdAt, .expiresAt, .lastUsedAt} AS row
