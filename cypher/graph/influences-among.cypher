// The influence ties between the given people only (the people a level-of-detail view shows one by one).
MATCH (a:Person) WHERE a.id IN $personIds AND a.accountId = $accountId
MATCH (a)-[t:INFLUENCES]->(b:Person) WHERE b.id IN $personIds
RETURN {id: t.id, source: a.id, target: b.id, kind: t.kind, strength: t.strength, confidence: t.confidence,
        sourceNote: t.source, since: toString(t.since), version: coalesce(t.version, 1)} AS row
ORDER BY row.id
