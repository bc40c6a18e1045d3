// Sets the role; returns the previous one (null when new) and how many owners the account has now.
MATCH (u:User {id: $userId})
MATCH (a:Account {id: $accountId})
OPTIONAL MATCH (u)-[old:MEMBER]->(a)
WITH u, a, old.role AS before
MERGE (u)-[m:MEMBER]->(a)
SET m.role = $role
WITH u, a, before, m
RETURN before, {userId: u.id, username: u.username, displayName: u.displayName, role: m.role, disabled: u.disabled} AS row,
       COUNT { (:User)-[o:MEMBER]->(a) WHERE o.role = 'OWNER' } AS owners
