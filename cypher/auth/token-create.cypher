MATCH (u:User {id: $userId})
CREATE (t:ApiToken {
  id: $id, name: $name, tokenHash: $tokenHash, createdAt: $now, expiresAt: $expiresAt, lastUsedAt: null
})-[:TOKEN_OF]->(u)
RETURN t {.id, .name, .createdAt, .expiresAt, .lastUsedAt} AS row
