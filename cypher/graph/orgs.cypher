MATCH (o:Org {accountId: $accountId})
OPTIONAL MATCH (o)-[:PART_OF]->(parent:Org)
OPTIONAL MATCH (:Person)-[m:MEMBER_OF]->(o)
WITH o, parent, count(m) AS members
ORDER BY o.name, o.id
RETURN o {.id, .externalId, .name, .kind, .extensiveLevel, parentId: parent.id, members: members} AS row
