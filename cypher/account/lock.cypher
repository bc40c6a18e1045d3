// Takes the account's write lock first, so the version check below cannot race another writer.
MATCH (a:Account {id: $id}) WHERE a.importing IS NULL
SET a._lock = true
REMOVE a._lock
RETURN a {.id, .name, .customerClass, .orgLevel, .notes, .version} AS row
