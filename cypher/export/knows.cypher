MATCH (s:Staff)-[k:KNOWS]->(p:Person {accountId: $accountId})
WITH s, k, p, coalesce(s.externalId, s.id) AS staffKey, coalesce(p.externalId, p.id) AS personKey
ORDER BY staffKey, personKey
RETURN {staffId: staffKey, personId: personKey, strength: k.strength, lastContact: k.lastContact} AS row
