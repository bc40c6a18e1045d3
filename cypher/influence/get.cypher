MATCH (a:Person)-[t:INFLUENCES {id: $id}]->(b:Person)
WHERE a.accountId = $accountId
RETURN t {.id, from: a.id, fromName: a.name, to: b.id, toName: b.name, .kind, .strength, .confidence, .source,
          since: toString(t.since), version: coalesce(t.version, 1)} AS row
