MATCH (s:Staff {id: $staffId})-[k:KNOWS]->(p:Person {id: $personId})
WHERE p.accountId = $accountId
SET k.strength = $strength, k.lastContact = $lastContact, k.version = coalesce(k.version, 1) + 1
