MATCH (o:Org {accountId: $accountId})
OPTIONAL MATCH (o)-[:PART_OF]->(parent:Org)
WITH o, parent, coalesce(o.externalId, o.id) AS key
ORDER BY key
RETURN o {id: key, .name, .kind, parentId: coalesce(parent.externalId, parent.id), .extensiveLevel} AS row
