MATCH (t:ApiToken {tokenHash: $tokenHash})-[:TOKEN_OF]->(u:User)
WHERE t.expiresAt > $now AND u.disabled = false
RETURN t.id AS credentialId, coalesce(t.lastUsedAt, 0) AS lastSeenAt,
       u {.id, .username, .displayName, .admin} AS user,
       [(u)-[m:MEMBER]->(a:Account) | {accountId: a.id, role: m.role}] AS memberships
