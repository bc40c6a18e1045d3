MATCH (v:VisitPlan {accountId: $accountId})
OPTIONAL MATCH (v)-[:FOR_OPPORTUNITY]->(o:Opportunity)
WITH v, o, coalesce(v.externalId, v.id) AS key
ORDER BY key
CALL (v) {
  OPTIONAL MATCH (s:Staff)-[j:JOINS]->(v)
  WITH s, j ORDER BY j.position
  RETURN collect(coalesce(s.externalId, s.id)) AS staffIds
}
CALL (v) {
  OPTIONAL MATCH (v)-[t:TARGETS]->(p:Person)
  WITH p, t ORDER BY t.position
  RETURN collect(coalesce(p.externalId, p.id)) AS targetIds
}
RETURN v {id: key, date: v.date, .status, .objective, opportunityId: coalesce(o.externalId, o.id),
          staffIds: staffIds, targetIds: targetIds} AS row
