MATCH (p:Person {id: $id})
WHERE p.accountId = $accountId
OPTIONAL MATCH (p)-[:REPORTS_TO]->(boss:Person)
CALL (p) {
  OPTIONAL MATCH (p)-[m:MEMBER_OF]->(o:Org)
  WITH m, o ORDER BY m.position
  RETURN collect(o.id) AS orgIds, collect(o {.id, .name, title: m.title}) AS orgs
}
CALL (p) {
  OPTIONAL MATCH (p)-[:HAD_STANCE]->(s:StanceChange)
  WITH s ORDER BY s.at, s.id
  RETURN collect(s {.stance, at: toString(s.at), .by, .note}) AS stanceHistory
}
CALL (p) {
  OPTIONAL MATCH (s:Staff)-[own:OWNS]->(p)
  WITH s, own ORDER BY own.priority, s.name
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {staffId: s.id, name: s.name, rank: s.rank, priority: own.priority} END) AS owners
}
CALL (p) {
  OPTIONAL MATCH (p)-[al:ALIGNED_WITH]->(c:Competitor)
  WITH c, al ORDER BY c.name
  RETURN collect(CASE WHEN c IS NULL THEN null ELSE {id: c.id, name: c.name, strength: al.strength, version: coalesce(al.version, 1)} END) AS competitors
}
CALL (p) {
  OPTIONAL MATCH (p)-[:ATTENDED]->(i:Interaction)
  WITH max(i.date) AS lastInteraction
  OPTIONAL MATCH (:Staff)-[k:KNOWS]->(p)
  WITH lastInteraction, max(k.lastContact) AS lastKnown
  RETURN CASE WHEN lastKnown IS NULL OR lastInteraction >= lastKnown THEN lastInteraction ELSE lastKnown END AS lastContact
}
RETURN p {
  .id, .externalId, .name, .title, .rank, orgIds: orgIds, orgs: orgs, reportsTo: boss.id, reportsToName: boss.name,
  .decisionRole, .stance, stanceHistory: stanceHistory, .risingStar, .onOrgChart,
  needs: {professional: coalesce(p.needsProfessional, []), personal: coalesce(p.needsPersonal, [])},
  criteria: [i IN range(0, size(coalesce(p.criteriaCategories, [])) - 1) |
             {category: p.criteriaCategories[i], note: CASE p.criteriaNotes[i] WHEN '' THEN null ELSE p.criteriaNotes[i] END}],
  .notes, tags: coalesce(p.tags, []), owners: owners, competitors: competitors,
  lastContact: toString(lastContact), .version
} AS row
