MATCH (p:Person {id: $id})
WHERE p.accountId = $accountId
SET p += $props, p.version = p.version + 1, p.updatedAt = datetime()
