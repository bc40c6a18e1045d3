MATCH (s:Staff {id: $staffId})-[k:KNOWS]->(p:Person {id: $personId})
WHERE p.accountId = $accountId
SET k._lock = true
REMOVE k._lock
RETURN {staffName: s.name, personName: p.name, version: coalesce(k.version, 1)} AS row
