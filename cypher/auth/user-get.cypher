MATCH (u:User {id: $id})
RETURN u {.id, .username, .displayName, .admin, .disabled, createdAt: toString(u.createdAt)} AS row
