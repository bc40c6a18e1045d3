MATCH (u:User {username: $username})
RETURN u.id AS id, u.username AS username, u.passwordHash AS passwordHash, u.disabled AS disabled
