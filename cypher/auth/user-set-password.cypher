// A new password ends the user's other sessions (the one that changed it stays).
MATCH (u:User {id: $id})
SET u.passwordHash = $passwordHash
WITH u
CALL (u) {
  OPTIONAL MATCH (s:Session)-[:SESSION_OF]->(u)
  WITH s WHERE s IS NOT NULL AND s.id <> coalesce($keepSessionId, '')
  DETACH DELETE s
}
RETURN u.id AS id
