MATCH (a:Account {id: $accountId})
CREATE (x:Action {id: $id, accountId: $accountId, version: 1})
SET x += $props
