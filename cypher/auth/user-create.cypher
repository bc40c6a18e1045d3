CREATE (u:User {
  id: $id, username: $username, displayName: $displayName, passwordHash: $passwordHash,
  admin: $admin, disabled: false, createdAt: datetime()
})
RETURN u {.id, .username, .displayName, .admin, .disabled, createdAt: toString(u.createdAt)} AS row
