MATCH (s:Staff {id: $staffId}), (p:Person {id: $personId})
WHERE p.accountId = $accountId
CREATE (s)-[:KNOWS {strength: $strength, lastContact: $lastContact, version: 1}]->(p)
