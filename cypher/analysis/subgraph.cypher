// The whole account subgraph the analytics need, one row per person: attributes, the per-deal role
// (ROLE_IN overrides the person's own role when an opportunity is given), formal line, out-ties,
// orgs, owners, competitor alignment and last contact.
MATCH (p:Person {accountId: $accountId})
OPTIONAL MATCH (p)-[deal:ROLE_IN]->(:Opportunity {id: $opportunityId})
OPTIONAL MATCH (p)-[:REPORTS_TO]->(boss:Person)
CALL (p) {
  OPTIONAL MATCH (p)-[t:INFLUENCES]->(q:Person)
  WITH t, q ORDER BY q.id, t.kind
  RETURN collect(CASE WHEN q IS NULL THEN null ELSE
    {to: q.id, kind: t.kind, strength: t.strength, confidence: t.confidence, source: t.source} END) AS ties
}
CALL (p) {
  OPTIONAL MATCH (p)-[m:MEMBER_OF]->(o:Org)
  WITH m, o ORDER BY m.position
  RETURN collect(o.id) AS orgIds
}
CALL (p) {
  OPTIONAL MATCH (s:Staff)-[own:OWNS]->(p)
  WITH s, own ORDER BY own.priority, s.name
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {staffId: s.id, name: s.name, rank: s.rank, priority: own.priority} END) AS owners
}
CALL (p) {
  OPTIONAL MATCH (p)-[:ALIGNED_WITH]->(c:Competitor)
  WITH c ORDER BY c.name
  RETURN collect(c.name) AS competitors
}
CALL (p) {
  OPTIONAL MATCH (p)-[:ATTENDED]->(i:Interaction)
  WITH max(i.date) AS lastInteraction
  OPTIONAL MATCH (:Staff)-[k:KNOWS]->(p)
  WITH lastInteraction, max(k.lastContact) AS lastKnown
  RETURN CASE WHEN lastKnown IS NULL OR lastInteraction >= lastKnown THEN lastInteraction ELSE lastKnown END AS lastContact
}
WITH p, deal, boss, ties, orgIds, owners, competitors, lastContact
ORDER BY p.id
RETURN p {
  .id, .externalId, .name, .title, .rank, .stance, .onOrgChart,
  decisionRole: CASE WHEN $opportunityId IS NULL THEN p.decisionRole ELSE coalesce(deal.decisionRole, p.decisionRole) END,
  hiddenRole: coalesce(deal.hidden, false),
  reportsTo: boss.id, ties: ties, orgIds: orgIds, owners: owners, competitors: competitors,
  lastContact: lastContact
} AS row
