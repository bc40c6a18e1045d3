MATCH (s:Staff {id: $id})
SET s += $props, s.version = coalesce(s.version, 1) + 1
