MATCH (a:Person {id: $from}), (b:Person {id: $to})
WHERE a.accountId = $accountId AND b.accountId = $accountId
CREATE (a)-[t:INFLUENCES {id: $id, kind: $kind, strength: $strength, confidence: $confidence, source: $source,
                          since: $since, version: 1}]->(b)
