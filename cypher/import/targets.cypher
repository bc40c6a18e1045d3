// The account plan's relationship targets; person and opportunity ids are already the stored ones.
UNWIND $rows AS r
CREATE (t:PlanTarget {
  id: r.id, accountId: $accountId, externalId: r.externalId, period: r.period, kind: r.kind, stance: r.stance,
  minimum: r.minimum, note: r.note, version: 1, createdAt: datetime(), updatedAt: datetime()
})
WITH t, r
CALL (t, r) {
  WITH t, r WHERE r.personId IS NOT NULL
  MATCH (p:Person {id: r.personId})
  CREATE (t)-[:FOR_PERSON]->(p)
}
CALL (t, r) {
  WITH t, r WHERE r.opportunityId IS NOT NULL
  MATCH (o:Opportunity {id: r.opportunityId})
  CREATE (t)-[:FOR_OPPORTUNITY]->(o)
}
