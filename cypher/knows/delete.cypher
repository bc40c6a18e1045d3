MATCH (s:Staff {id: $staffId})-[k:KNOWS]->(p:Person {id: $personId})
WHERE p.accountId = $accountId
DELETE k
