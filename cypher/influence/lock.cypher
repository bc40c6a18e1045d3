MATCH (a:Person)-[t:INFLUENCES {id: $id}]->(b:Person)
WHERE a.accountId = $accountId
SET t._lock = true
REMOVE t._lock
RETURN t {.*, from: a.id, to: b.id, version: coalesce(t.version, 1)} AS row
