// The given influence ties (through the influence_id index), rows as graph/influences gives them.
MATCH (a:Person)-[t:INFLUENCES]->(b:Person) WHERE t.id IN $tieIds AND a.accountId = $accountId
RETURN {id: t.id, source: a.id, target: b.id, kind: t.kind, strength: t.strength, confidence: t.confidence,
        sourceNote: t.source, since: toString(t.since), version: coalesce(t.version, 1)} AS row
