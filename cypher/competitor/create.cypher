MATCH (a:Account {id: $accountId})
CREATE (:Competitor {id: $id, accountId: $accountId, name: $name, version: 1})
