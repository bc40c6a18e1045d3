MATCH (:User {id: $userId})-[m:MEMBER]->(a:Account)
WITH a, m ORDER BY a.name, a.id
RETURN {accountId: a.id, accountName: a.name, role: m.role} AS row
