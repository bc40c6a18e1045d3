MATCH (u:User {id: $userId})-[m:MEMBER]->(a:Account {id: $accountId})
WITH u, a, m, m.role AS before
DELETE m
RETURN before, u.username AS username, COUNT { (:User)-[o:MEMBER]->(a) WHERE o.role = 'OWNER' } AS owners
