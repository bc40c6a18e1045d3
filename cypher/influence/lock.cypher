MATCH (a:Person)-[t:INFLUENCES {id: $id}]->(b:Person)
WHERE a.accountId = $accountId
SET t._lock = true
REMOVE t._lock
// A tie deleted by the transaction whose lock this one waited for reads without its id: not found.
WITH a, b, t WHERE t.id = $id
RETURN t {.*, from: a.id, to: b.id, version: coalesce(t.version, 1)} AS row
