MATCH (o:Opportunity {accountId: $accountId})
WITH o, coalesce(o.externalId, o.id) AS key
ORDER BY key
CALL (o) {
  OPTIONAL MATCH (p:Person)-[r:ROLE_IN]->(o)
  WITH p, r ORDER BY r.position, coalesce(p.externalId, p.id)
  // An opportunity without roles yields one all-null row here: keep it out of the list.
  RETURN collect(CASE WHEN p IS NULL THEN null
                 ELSE {personId: coalesce(p.externalId, p.id), decisionRole: r.decisionRole, hidden: r.hidden} END) AS roles
}
RETURN o {id: key, .name, .stage, .value, .currency, closeDate: o.closeDate, roles: roles} AS row
