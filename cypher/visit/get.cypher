// One visit plan with its executives (in order), targets (in order, with their role in the visit's
// deal, or in the account's chain of record when the visit is for no deal), the opportunity and the follow-up actions.
MATCH (v:VisitPlan {id: $id})
WHERE v.accountId = $accountId
OPTIONAL MATCH (v)-[:FOR_OPPORTUNITY]->(o:Opportunity)
CALL (v) {
  OPTIONAL MATCH (s:Staff)-[j:JOINS]->(v)
  WITH s, j ORDER BY j.position
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE s {.id, .name, .title, .rank} END) AS staff
}
CALL (v, o) {
  OPTIONAL MATCH (v)-[t:TARGETS]->(p:Person)
  OPTIONAL MATCH (p)-[deal:ROLE_IN]->(o)
  WITH p, t, deal ORDER BY t.position
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE
    p {.id, .name, .title, .rank, .stance, decisionRole: CASE WHEN o IS NULL THEN p.decisionRole ELSE deal.decisionRole END} END) AS targets
}
CALL (v) {
  OPTIONAL MATCH (x:Action)-[:FOLLOWS_UP]->(v)
  OPTIONAL MATCH (x)-[:CONCERNS]->(p:Person)
  OPTIONAL MATCH (s:Staff)-[:RESPONSIBLE_FOR]->(x)
  WITH x, p, s ORDER BY x.due, x.id
  RETURN collect(CASE WHEN x IS NULL THEN null ELSE
    x {.id, .kind, .title, due: toString(x.due), .status, .complianceRisk, .approvedBy, .notes,
       personId: p.id, personName: p.name, ownerStaffId: s.id, ownerName: s.name, .version} END) AS actions
}
RETURN v {.id, .externalId, date: toString(v.date), .status, .objective, opportunityId: o.id, opportunityName: o.name,
          staff: staff, targets: targets, actions: actions, .version} AS row
