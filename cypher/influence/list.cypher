MATCH (a:Person {accountId: $accountId})-[t:INFLUENCES]->(b:Person)
WITH a, t, b ORDER BY a.name, b.name, t.kind
RETURN t {.id, from: a.id, fromName: a.name, to: b.id, toName: b.name, .kind, .strength, .confidence, .source,
          since: toString(t.since), version: coalesce(t.version, 1)} AS row
