UNWIND $rows AS r
CREATE (o:Org {
  id: r.id, accountId: $accountId, externalId: r.externalId, name: r.name, kind: r.kind,
  extensiveLevel: r.extensiveLevel, version: 1
})
