UNWIND $rows AS r
MATCH (a:Person {id: r.from})
MATCH (b:Person {id: r.to})
CREATE (a)-[:INFLUENCES {
  id: r.id, kind: r.kind, strength: r.strength, confidence: r.confidence, source: r.source, since: r.since
}]->(b)
