MATCH (s:Staff {id: $staffId})-[k:KNOWS]->(p:Person {id: $personId})
WHERE p.accountId = $accountId
RETURN {staffId: s.id, staffName: s.name, personId: p.id, personName: p.name, strength: k.strength,
        lastContact: toString(k.lastContact), version: coalesce(k.version, 1)} AS row
