// Sets the role; returns the previous one (null when new), how many owners the account has now and
// whether the acting user was an OWNER before this change. The account is write-locked first (held
// until commit), so concurrent member changes of one account serialise and each counts the owners
// the previous one left.
MATCH (a:Account {id: $accountId})
CALL (a) {
  SET a._lock = true
  REMOVE a._lock
}
MATCH (u:User {id: $userId})
OPTIONAL MATCH (u)-[old:MEMBER]->(a)
WITH u, a, old.role AS before, EXISTS { (:User {id: $actorId})-[:MEMBER {role: 'OWNER'}]->(a) } AS actorOwner
MERGE (u)-[m:MEMBER]->(a)
SET m.role = $role
WITH u, a, before, actorOwner, m
RETURN before, actorOwner,
       {userId: u.id, username: u.username, displayName: u.displayName, role: m.role, disabled: u.disabled} AS row,
       COUNT { (:User)-[o:MEMBER]->(a) WHERE o.role = 'OWNER' } AS owners
