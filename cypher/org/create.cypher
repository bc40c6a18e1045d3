MATCH (a:Account {id: $accountId})
CREATE (o:Org {id: $id, accountId: $accountId, version: 1})
SET o += $props
