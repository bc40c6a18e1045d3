MATCH (s:Session {id: $id})
SET s.lastSeenAt = $now
