MATCH (o:Opportunity {accountId: $accountId})
CALL (o) {
  OPTIONAL MATCH (p:Person)-[r:ROLE_IN]->(o)
  WITH p, r ORDER BY r.position, p.name
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {personId: p.id, personName: p.name, decisionRole: r.decisionRole,
                                                      hidden: coalesce(r.hidden, false)} END) AS roles
}
WITH o, roles ORDER BY o.closeDate, o.name, o.id
RETURN o {.id, .externalId, .name, .stage, .value, .currency, closeDate: toString(o.closeDate), roles: roles,
          version: coalesce(o.version, 1)} AS row
