MATCH (s:Staff {id: $staffId})-[o:OWNS]->(t)
WHERE t.id = $targetId AND ((t:Person OR t:Org) AND t.accountId = $accountId OR t:Account AND t.id = $accountId)
DELETE o
