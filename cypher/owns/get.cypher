MATCH (s:Staff {id: $staffId})-[o:OWNS]->(t)
WHERE t.id = $targetId AND ((t:Person OR t:Org) AND t.accountId = $accountId OR t:Account AND t.id = $accountId)
RETURN {staffId: s.id, staffName: s.name, targetId: t.id, targetName: t.name,
        targetType: CASE WHEN t:Person THEN 'PERSON' WHEN t:Org THEN 'ORG' ELSE 'ACCOUNT' END,
        priority: o.priority} AS row
