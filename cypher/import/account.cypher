CREATE (a:Account {
  id: $id, externalId: $externalId, name: $name, customerClass: $customerClass, orgLevel: $orgLevel,
  notes: $notes, version: 1, createdAt: datetime(), updatedAt: datetime()
})
RETURN a.id AS id
