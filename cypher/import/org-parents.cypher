// Top-level orgs hang off the account; the rest off their parent org.
UNWIND $rows AS r
MATCH (o:Org {id: r.id})
CALL (o, r) {
  WITH o, r WHERE r.parentId IS NULL
  MATCH (a:Account {id: $accountId})
  CREATE (o)-[:PART_OF]->(a)
  UNION
  WITH o, r WHERE r.parentId IS NOT NULL
  MATCH (parent:Org {id: r.parentId})
  CREATE (o)-[:PART_OF]->(parent)
}
