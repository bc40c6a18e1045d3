// Only the properties of the file's columns are in r.props; the others keep their values.
UNWIND $rows AS r
MATCH (p:Person {id: r.id})
WHERE p.accountId = $accountId
SET p += r.props, p.version = p.version + 1, p.updatedAt = datetime()
