// One row per person (all of the account, or only $personIds) with everything the map styles on. A per-deal role (ROLE_IN) overrides the person's own.
MATCH (p:Person {accountId: $accountId})
WHERE $personIds IS NULL OR p.id IN $personIds
OPTIONAL MATCH (p)-[deal:ROLE_IN]->(:Opportunity {id: $opportunityId})
CALL (p) {
  OPTIONAL MATCH (p)-[m:MEMBER_OF]->(o:Org)
  WITH o ORDER BY m.position
  RETURN collect(o.id) AS orgIds, head(collect(o.name)) AS orgName
}
CALL (p) {
  OPTIONAL MATCH (s:Staff)-[own:OWNS]->(p)
  WITH s, own ORDER BY own.priority, s.name
  RETURN collect(s.name) AS owners, count(CASE own.priority WHEN 'FIRST' THEN 1 END) > 0 AS hasFirstOwner
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
WITH p, deal, orgIds, orgName, owners, hasFirstOwner, competitors, lastContact
ORDER BY p.name, p.id
RETURN p {
  .id, .externalId, .name, .title, .rank, .stance, .risingStar, .onOrgChart, .version, .tags,
  decisionRole: coalesce(deal.decisionRole, p.decisionRole),
  hiddenRole: coalesce(deal.hidden, false),
  orgId: head(orgIds), orgIds: orgIds, orgName: orgName,
  owners: owners, hasFirstOwner: hasFirstOwner, competitors: competitors,
  lastContact: toString(lastContact)
} AS row
