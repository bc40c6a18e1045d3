CREATE (a:Account {
  id: $id, name: $name, customerClass: $customerClass, orgLevel: $orgLevel, notes: $notes,
  version: 1, createdAt: datetime(), updatedAt: datetime()
})
RETURN a {.id, .name, .customerClass, .orgLevel, .notes, .version} AS row
