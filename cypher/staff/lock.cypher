// Takes the staff member's write lock before the version check, so two writers cannot both pass it.
MATCH (s:Staff {id: $id})
SET s._lock = true
REMOVE s._lock
RETURN s {.id, .name, .email, version: coalesce(s.version, 1)} AS row
