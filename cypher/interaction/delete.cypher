MATCH (i:Interaction {id: $id})
WHERE i.accountId = $accountId
DETACH DELETE i
