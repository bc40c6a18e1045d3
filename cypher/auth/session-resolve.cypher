MATCH (s:Session {tokenHash: $tokenHash})-[:SESSION_OF]->(u:User)
WHERE s.expiresAt > $now AND s.lastSeenAt > $idleSince AND u.disabled = false
RETURN s.id AS credentialId, s.lastSeenAt AS lastSeenAt,
       u {.id, .username, .displayName, .admin} AS user,
       [(u)-[m:MEMBER]->(a:Account) | {accountId: a.id, role: m.role}] AS memberships
