MATCH (p:Person {accountId: $accountId})
OPTIONAL MATCH (p)-[:REPORTS_TO]->(boss:Person)
WITH p, boss, coalesce(p.externalId, p.id) AS key
ORDER BY key
CALL (p) {
  OPTIONAL MATCH (p)-[m:MEMBER_OF]->(o:Org)
  WITH m, o ORDER BY m.position, coalesce(o.externalId, o.id)
  RETURN collect(coalesce(o.externalId, o.id)) AS orgIds,
         collect(CASE WHEN m.title IS NULL THEN null ELSE [coalesce(o.externalId, o.id), m.title] END) AS orgRoles
}
CALL (p) {
  OPTIONAL MATCH (p)-[:HAD_STANCE]->(s:StanceChange)
  WITH s ORDER BY s.at, s.id
  RETURN collect(s {.stance, at: s.at, .by, .note}) AS stanceHistory
}
RETURN p {
  id: key, .name, .title, .rank, orgIds: orgIds, orgRoles: orgRoles,
  reportsTo: coalesce(boss.externalId, boss.id), .decisionRole, .stance, stanceHistory: stanceHistory,
  .risingStar, .onOrgChart,
  needs: {professional: coalesce(p.needsProfessional, []), personal: coalesce(p.needsPersonal, [])},
  criteria: [i IN range(0, size(coalesce(p.criteriaCategories, [])) - 1) |
             {category: p.criteriaCategories[i], note: CASE p.criteriaNotes[i] WHEN '' THEN null ELSE p.criteriaNotes[i] END}],
  .notes, tags: coalesce(p.tags, [])
} AS row
