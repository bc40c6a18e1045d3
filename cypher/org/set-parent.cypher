// Replaces the org's PART_OF link (already checked): under its parent org, or under the account when top-level.
MATCH (o:Org {id: $id})
WHERE o.accountId = $accountId
CALL (o) { MATCH (o)-[r:PART_OF]->() DELETE r }
CALL (o) {
  MATCH (parent:Org {id: $parentId})
  CREATE (o)-[:PART_OF]->(parent)
}
CALL (o) {
  WITH o WHERE $parentId IS NULL
  MATCH (a:Account {id: $accountId})
  CREATE (o)-[:PART_OF]->(a)
}
