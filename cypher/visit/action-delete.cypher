MATCH (x:Action {id: $id})
WHERE x.accountId = $accountId
DETACH DELETE x
