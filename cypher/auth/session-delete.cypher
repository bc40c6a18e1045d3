MATCH (s:Session {tokenHash: $tokenHash})
DETACH DELETE s
