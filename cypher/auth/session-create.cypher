MATCH (u:User {id: $userId})
CREATE (s:Session {
  id: $id, tokenHash: $tokenHash, createdAt: $now, lastSeenAt: $now, expiresAt: $expiresAt, ip: $ip
})-[:SESSION_OF]->(u)
RETURN s.id AS id
