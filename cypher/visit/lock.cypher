// Takes the visit's write lock before the version check, so two writers cannot both pass it.
MATCH (v:VisitPlan {id: $id})
WHERE v.accountId = $accountId
SET v._lock = true
REMOVE v._lock
RETURN v {.id, .objective, .version, date: toString(v.date)} AS row
