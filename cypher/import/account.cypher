// A bulk import creates its account with importing = true: invisible to every read until its last
// batch removes the flag; the single-transaction import passes null (no property).
CREATE (a:Account {
  id: $id, externalId: $externalId, name: $name, customerClass: $customerClass, orgLevel: $orgLevel,
  notes: $notes, importing: $importing, version: 1, createdAt: datetime(), updatedAt: datetime()
})
RETURN a.id AS id
