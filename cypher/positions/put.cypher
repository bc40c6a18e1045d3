// Replaces the saved positions of one view. Takes the account's write lock first, so two saves of
// the same view serialise; positions of ids that are not people of this account are dropped.
// No row when the account does not exist.
MATCH (a:Account {id: $accountId})
SET a._lock = true
REMOVE a._lock
MERGE (l:Layout {key: $accountId + '/' + $view})
  ON CREATE SET l.accountId = $accountId, l.view = $view
SET l.updatedAt = datetime()
WITH l
CALL (l) {
  MATCH (l)-[old:PLACES]->()
  DELETE old
}
CALL (l) {
  UNWIND $positions AS pos
  MATCH (p:Person {accountId: $accountId, id: pos.id})
  CREATE (l)-[at:PLACES {x: pos.x, y: pos.y}]->(p)
  RETURN collect({id: p.id, x: at.x, y: at.y}) AS positions
}
RETURN {view: $view, updatedAt: toString(l.updatedAt), positions: positions} AS row
