MATCH (u:User)-[m:MEMBER]->(:Account {id: $accountId})
WITH u, m ORDER BY u.username
RETURN {userId: u.id, username: u.username, displayName: u.displayName, role: m.role, disabled: u.disabled} AS row
