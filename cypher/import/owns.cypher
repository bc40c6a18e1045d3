UNWIND $rows AS r
MATCH (s:Staff {id: r.staffId})
MATCH (t {id: r.targetId})
WHERE (t:Person OR t:Org) AND t.accountId = $accountId OR t:Account AND t.id = $accountId
CREATE (s)-[:OWNS {priority: r.priority}]->(t)
