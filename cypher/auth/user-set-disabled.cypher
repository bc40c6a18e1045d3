// Disabling also ends every session and revokes every API token of the user.
MATCH (u:User {id: $id})
SET u.disabled = $disabled
WITH u
CALL (u) {
  WITH u WHERE $disabled
  OPTIONAL MATCH (s)-[:SESSION_OF|TOKEN_OF]->(u)
  DETACH DELETE s
}
RETURN u {.id, .username, .displayName, .admin, .disabled, createdAt: toString(u.createdAt)} AS row
