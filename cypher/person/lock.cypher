// Takes the person's write lock before the version check, so two writers cannot both pass it.
MATCH (p:Person {id: $id})
WHERE p.accountId = $accountId
SET p._lock = true
REMOVE p._lock
RETURN p {.*} AS row
