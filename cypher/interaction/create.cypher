MATCH (a:Account {id: $accountId})
CREATE (i:Interaction {id: $id, accountId: $accountId, version: 1})
SET i += $props
