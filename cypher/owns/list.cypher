MATCH (s:Staff)-[o:OWNS]->(t)
WHERE (t:Person OR t:Org) AND t.accountId = $accountId OR t:Account AND t.id = $accountId
WITH s, o, t, CASE WHEN t:Person THEN 'PERSON' WHEN t:Org THEN 'ORG' ELSE 'ACCOUNT' END AS targetType
ORDER BY targetType, t.name, o.priority, s.name
RETURN {staffId: s.id, staffName: s.name, targetId: t.id, targetName: t.name, targetType: targetType,
        priority: o.priority} AS row
