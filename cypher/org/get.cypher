MATCH (o:Org {id: $id})
WHERE o.accountId = $accountId
OPTIONAL MATCH (o)-[:PART_OF]->(parent:Org)
CALL (o) {
  OPTIONAL MATCH (p:Person)-[:MEMBER_OF]->(o)
  RETURN count(p) AS members
}
CALL (o) {
  OPTIONAL MATCH (child:Org)-[:PART_OF]->(o)
  RETURN count(child) AS children
}
CALL (o) {
  OPTIONAL MATCH (s:Staff)-[own:OWNS]->(o)
  WITH s, own ORDER BY own.priority, s.name
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {staffId: s.id, name: s.name, priority: own.priority} END) AS owners
}
RETURN o {.id, .externalId, .name, .kind, parentId: parent.id, parentName: parent.name, .extensiveLevel,
          members: members, children: children, owners: owners, version: coalesce(o.version, 1)} AS row
