MATCH (a:Person)-[t:INFLUENCES {id: $id}]->(:Person)
WHERE a.accountId = $accountId
SET t.kind = $kind, t.strength = $strength, t.confidence = $confidence, t.source = $source, t.since = $since,
    t.version = coalesce(t.version, 1) + 1
