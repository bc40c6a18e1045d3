MATCH (a:Person)-[t:INFLUENCES {id: $id}]->(:Person)
WHERE a.accountId = $accountId
DELETE t
