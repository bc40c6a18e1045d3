// Sorted on the tie id before the row maps are built: sorting the 20,000 finished maps by a map key
// doubled the server-side execution (BENCHMARKS.md, graph endpoint).
MATCH (a:Person {accountId: $accountId})-[t:INFLUENCES]->(b:Person)
WITH a, t, b ORDER BY t.id
RETURN {id: t.id, source: a.id, target: b.id, kind: t.kind, strength: t.strength, confidence: t.confidence,
        sourceNote: t.source, since: toString(t.since), version: coalesce(t.version, 1)} AS row
