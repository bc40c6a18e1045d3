MATCH (u:User)
WITH u ORDER BY u.username
RETURN u {.id, .username, .displayName, .admin, .disabled, createdAt: toString(u.createdAt)} AS row
