// Takes the action's write lock before the version check, so two writers cannot both pass it.
MATCH (x:Action {id: $id})-[:FOLLOWS_UP]->(:VisitPlan {id: $visitId})
WHERE x.accountId = $accountId
SET x._lock = true
REMOVE x._lock
RETURN x {.id, .title, .version} AS row
