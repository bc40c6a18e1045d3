MATCH (a:Account {id: $accountId}) WHERE a.importing = true
DETACH DELETE a
