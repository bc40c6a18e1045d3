// Only the properties of the file's columns are in r.props; the others keep their values.
UNWIND $rows AS r
MATCH (a:Person)-[t:INFLUENCES {id: r.id}]->(:Person)
WHERE a.accountId = $accountId
SET t += r.props, t.version = coalesce(t.version, 1) + 1
