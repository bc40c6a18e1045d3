MATCH (a:Account {id: $accountId})
CREATE (p:Person {id: $id, accountId: $accountId, version: 1, createdAt: datetime()})
SET p += $props, p.updatedAt = datetime()
