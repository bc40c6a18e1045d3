MATCH (s:Staff)-[k:KNOWS]->(p:Person {accountId: $accountId})
WITH s, k, p ORDER BY s.name, p.name, s.id, p.id
RETURN {staffId: s.id, staffName: s.name, personId: p.id, personName: p.name, strength: k.strength,
        lastContact: toString(k.lastContact), version: coalesce(k.version, 1)} AS row
