MATCH (a:Account {id: $id})
SET a.name = $name, a.customerClass = $customerClass, a.orgLevel = $orgLevel, a.notes = $notes,
    a.version = a.version + 1, a.updatedAt = datetime()
RETURN a {.id, .name, .customerClass, .orgLevel, .notes, .version} AS row
