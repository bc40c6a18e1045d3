MATCH (a:Person {accountId: $accountId})-[t:INFLUENCES]->(b:Person)
WITH a, t, b, coalesce(a.externalId, a.id) AS fromKey, coalesce(b.externalId, b.id) AS toKey
ORDER BY fromKey, toKey, t.kind
RETURN {from: fromKey, to: toKey, kind: t.kind, strength: t.strength, confidence: t.confidence,
        source: t.source, since: t.since} AS row
