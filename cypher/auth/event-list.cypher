MATCH (e:SecurityEvent)
WHERE $type IS NULL OR e.type = $type
WITH e ORDER BY e.at DESC
LIMIT $limit
RETURN e {.id, at: toString(e.at), .type, .username, .userId, .ip, .detail} AS row
