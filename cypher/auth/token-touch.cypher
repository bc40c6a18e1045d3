MATCH (t:ApiToken {id: $id})
SET t.lastUsedAt = $now
