UNWIND $rows AS r
MATCH (a:Account {id: $accountId})
CREATE (o:Opportunity {
  id: r.id, accountId: $accountId, externalId: r.externalId, name: r.name, stage: r.stage,
  value: r.value, currency: r.currency, closeDate: r.closeDate, version: 1
})-[:FOR_ACCOUNT]->(a)
