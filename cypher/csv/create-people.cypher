MATCH (a:Account {id: $accountId})
UNWIND $rows AS r
CREATE (p:Person {id: r.id, accountId: $accountId, version: 1, createdAt: datetime()})
SET p += r.props, p.updatedAt = datetime()
