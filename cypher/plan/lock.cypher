// Takes the target's write lock before the version check, so two writers cannot both pass it.
MATCH (t:PlanTarget {id: $id})
WHERE t.accountId = $accountId
SET t._lock = true
REMOVE t._lock
RETURN t {.id, .period, .kind, .version} AS row
