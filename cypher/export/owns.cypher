MATCH (s:Staff)-[o:OWNS]->(t)
WHERE (t:Person OR t:Org) AND t.accountId = $accountId OR t:Account AND t.id = $accountId
WITH s, o, t, coalesce(s.externalId, s.id) AS staffKey, coalesce(t.externalId, t.id) AS targetKey
ORDER BY staffKey, targetKey, o.priority
RETURN {staffId: staffKey, targetId: targetKey, priority: o.priority} AS row
