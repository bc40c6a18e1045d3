// The influence ties from or to the given people (both directions), rows as graph/influences gives them.
MATCH (x:Person) WHERE x.id IN $personIds AND x.accountId = $accountId
CALL (x) {
  MATCH (x)-[t:INFLUENCES]->(b:Person)
  RETURN x AS a, t, b
  UNION
  MATCH (a:Person {accountId: $accountId})-[t:INFLUENCES]->(x)
  RETURN a, t, x AS b
}
WITH DISTINCT a, t, b
RETURN {id: t.id, source: a.id, target: b.id, kind: t.kind, strength: t.strength, confidence: t.confidence,
        sourceNote: t.source, since: toString(t.since), version: coalesce(t.version, 1)} AS row
