// Adds the staff member to the account's team; joined is false when they were on it already.
MATCH (s:Staff {id: $staffId}), (a:Account {id: $accountId})
SET a._lock = true
REMOVE a._lock
WITH s, a, EXISTS { (s)-[:ON_TEAM]->(a) } AS already
MERGE (s)-[:ON_TEAM]->(a)
RETURN NOT already AS joined
