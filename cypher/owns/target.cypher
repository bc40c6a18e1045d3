// The target is a person or org of the account, or the account itself (looked up by label, through
// the id constraints). It is locked so the "one FIRST owner" rule cannot race; reports who owns it.
OPTIONAL MATCH (person:Person {id: $targetId})
WHERE person.accountId = $accountId
OPTIONAL MATCH (org:Org {id: $targetId})
WHERE org.accountId = $accountId
OPTIONAL MATCH (account:Account {id: $targetId})
WHERE account.id = $accountId
WITH coalesce(person, org, account) AS t
CALL (t) {
  WITH t WHERE t IS NOT NULL
  SET t._lock = true
  REMOVE t._lock
}
OPTIONAL MATCH (s:Staff {id: $staffId})-[:ON_TEAM]->(:Account {id: $accountId})
CALL (t) {
  OPTIONAL MATCH (first:Staff)-[:OWNS {priority: 'FIRST'}]->(t)
  RETURN head(collect(first.name)) AS firstOwner
}
RETURN t IS NOT NULL AS targetFound, t.name AS targetName, s IS NOT NULL AS staffFound, firstOwner,
       s IS NOT NULL AND t IS NOT NULL AND EXISTS { (s)-[:OWNS]->(t) } AS exists
