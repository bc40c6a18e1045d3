MATCH (s:Staff {id: $staffId})-[team:ON_TEAM]->(:Account {id: $accountId})
DELETE team
