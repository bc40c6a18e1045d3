MATCH (o:Opportunity {accountId: $accountId})
WITH o, coalesce(o.externalId, o.id) AS key
ORDER BY key
CALL (o) {
  OPTIONAL MATCH (p:Person)-[r:ROLE_IN]->(o)
  WITH p, r ORDER BY r.position, coalesce(p.externalId, p.id)
  RETURN collect({personId: coalesce(p.externalId, p.id), decisionRole: r.decisionRole, hidden: r.hidden}) AS roles
}
RETURN o {id: key, .name, .stage, .value, .currency, closeDate: o.closeDate, roles: roles} AS row
