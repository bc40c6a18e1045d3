MATCH (p:Person {id: $id})
WHERE p.accountId = $accountId
OPTIONAL MATCH (p)-[:HAD_STANCE]->(s:StanceChange)
DETACH DELETE s
WITH DISTINCT p
DETACH DELETE p
