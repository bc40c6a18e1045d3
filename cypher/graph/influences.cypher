MATCH (a:Person {accountId: $accountId})-[t:INFLUENCES]->(b:Person)
RETURN {id: t.id, source: a.id, target: b.id, kind: t.kind, strength: t.strength, confidence: t.confidence,
        sourceNote: t.source, since: toString(t.since), version: coalesce(t.version, 1)} AS row
ORDER BY row.id
