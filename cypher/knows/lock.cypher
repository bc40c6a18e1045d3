MATCH (s:Staff {id: $staffId})-[k:KNOWS]->(p:Person {id: $personId})
WHERE p.accountId = $accountId
SET k._lock = true
REMOVE k._lock
// A tie deleted by the transaction whose lock this one waited for reads without its properties: not found
// (it read as version 1). Every stored KNOWS has a strength (required by the API and the import).
WITH s, k, p WHERE k.strength IS NOT NULL
RETURN {staffName: s.name, personName: p.name, version: coalesce(k.version, 1)} AS row
