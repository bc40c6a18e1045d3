// The first admin, once: every instance may run this at start, the unique username keeps one.
MERGE (u:User {username: 'admin'})
  ON CREATE SET u.id = $id, u.displayName = 'Administrator', u.passwordHash = $passwordHash,
                u.admin = true, u.disabled = false, u.createdAt = datetime()
RETURN u.id AS id, u.id = $id AS created
