// What still ties a team member to the account: leaving the team would orphan these in an export.
MATCH (s:Staff {id: $staffId})-[team:ON_TEAM]->(a:Account {id: $accountId})
SET team._lock = true
REMOVE team._lock
WITH s, a
CALL (s) {
  // The filter after the match keeps the plan on s's KNOWS, not a seek of all the account's people (analysis/staff-ties).
  OPTIONAL MATCH (s)-[k:KNOWS]->(p:Person)
  WITH k, p WHERE p.accountId = $accountId
  RETURN count(k) AS knows
}
CALL (s, a) {
  OPTIONAL MATCH (s)-[o:OWNS]->(t)
  WHERE (t:Person OR t:Org) AND t.accountId = $accountId OR t = a
  RETURN count(o) AS owns
}
CALL (s) {
  OPTIONAL MATCH (s)-[r:ATTENDED]->(:Interaction {accountId: $accountId})
  RETURN count(r) AS interactions
}
CALL (s) {
  OPTIONAL MATCH (s)-[r:RESPONSIBLE_FOR]->(:Action {accountId: $accountId})
  RETURN count(r) AS actions
}
CALL (s) {
  OPTIONAL MATCH (s)-[r:JOINS]->(:VisitPlan {accountId: $accountId})
  RETURN count(r) AS visits
}
RETURN knows, owns, interactions, actions, visits
