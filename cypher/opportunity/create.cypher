MATCH (a:Account {id: $accountId})
CREATE (o:Opportunity {id: $id, accountId: $accountId, version: 1})-[:FOR_ACCOUNT]->(a)
SET o += $props
