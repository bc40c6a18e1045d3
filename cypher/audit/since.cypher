MATCH (c:Change)
WHERE c.accountId = $accountId AND c.at >= datetime($since)
WITH c ORDER BY c.at DESC, c.id DESC
SKIP $skip LIMIT $limit
RETURN c {.id, at: toString(c.at), .actor, .action, .entityType, .entityId, .entityName, .before, .after} AS row
