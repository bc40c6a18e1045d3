UNWIND $rows AS r
MATCH (a:Person {id: r.from}), (b:Person {id: r.to})
WHERE a.accountId = $accountId AND b.accountId = $accountId
CREATE (a)-[t:INFLUENCES {id: r.id, kind: r.kind, version: 1}]->(b)
SET t += r.props
