CREATE (s:Staff {id: $id, version: 1})
SET s += $props
