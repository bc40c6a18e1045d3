MATCH (v:VisitPlan {accountId: $accountId})
OPTIONAL MATCH (v)-[:FOR_OPPORTUNITY]->(o:Opportunity)
CALL (v) {
  OPTIONAL MATCH (s:Staff)-[j:JOINS]->(v)
  WITH s, j ORDER BY j.position
  RETURN collect(s.name) AS staff
}
CALL (v) {
  OPTIONAL MATCH (v)-[t:TARGETS]->(p:Person)
  WITH p, t ORDER BY t.position
  RETURN collect(p.name) AS targets
}
WITH v, o, staff, targets ORDER BY v.date DESC, v.id
RETURN v {.id, .externalId, date: toString(v.date), .status, .objective, opportunityId: o.id, opportunityName: o.name,
          staff: staff, targets: targets, .version} AS row
