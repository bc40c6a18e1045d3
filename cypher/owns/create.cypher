MATCH (s:Staff {id: $staffId})
OPTIONAL MATCH (person:Person {id: $targetId})
WHERE person.accountId = $accountId
OPTIONAL MATCH (org:Org {id: $targetId})
WHERE org.accountId = $accountId
OPTIONAL MATCH (account:Account {id: $targetId})
WHERE account.id = $accountId
WITH s, coalesce(person, org, account) AS t
WHERE t IS NOT NULL
CREATE (s)-[:OWNS {priority: $priority}]->(t)
