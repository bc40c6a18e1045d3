// Removes the membership; returns its role, how many owners are left and whether the acting user was an
// OWNER before. The account is write-locked first, as in member-put, so concurrent changes serialise.
MATCH (a:Account {id: $accountId})
CALL (a) {
  SET a._lock = true
  REMOVE a._lock
}
MATCH (u:User {id: $userId})-[m:MEMBER]->(a)
WITH u, a, m, m.role AS before, EXISTS { (:User {id: $actorId})-[:MEMBER {role: 'OWNER'}]->(a) } AS actorOwner
DELETE m
RETURN before, actorOwner, u.username AS username, COUNT { (:User)-[o:MEMBER]->(a) WHERE o.role = 'OWNER' } AS owners
