// Saved node positions of one view of an account's map. No row when the account does not exist.
MATCH (a:Account {id: $accountId})
OPTIONAL MATCH (l:Layout {key: $accountId + '/' + $view})
CALL (l) {
  MATCH (l)-[at:PLACES]->(p:Person)
  RETURN collect({id: p.id, x: at.x, y: at.y}) AS positions
}
RETURN {view: $view, updatedAt: toString(l.updatedAt), positions: positions} AS row
