UNWIND $rows AS r
CREATE (:Competitor {id: r.id, accountId: $accountId, externalId: r.externalId, name: r.name})
