// The staff member must be on the account's team and the person of the account; the person's lock
// serialises concurrent creates of the same tie. An existing tie is a conflict.
OPTIONAL MATCH (p:Person {id: $personId})
WHERE p.accountId = $accountId
CALL (p) {
  WITH p WHERE p IS NOT NULL
  SET p._lock = true
  REMOVE p._lock
}
OPTIONAL MATCH (s:Staff {id: $staffId})-[:ON_TEAM]->(:Account {id: $accountId})
RETURN s IS NOT NULL AS staffFound, p IS NOT NULL AS personFound,
       s IS NOT NULL AND p IS NOT NULL AND EXISTS { (s)-[:KNOWS]->(p) } AS exists
