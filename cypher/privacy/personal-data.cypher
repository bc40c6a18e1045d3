// Everything held about one person besides the person record itself: ties, team relations,
// interactions, actions, visit plans, mentions of the name in the account's free texts (node and tie texts, role
// titles, list items), and audit entries.
MATCH (p:Person {id: $personId})
WHERE p.accountId = $accountId
CALL (p) {
  OPTIONAL MATCH (p)-[t:INFLUENCES]-(o:Person)
  WITH p, t, o ORDER BY o.name
  RETURN collect(CASE WHEN t IS NULL THEN null ELSE t {.id, direction: CASE WHEN startNode(t) = p THEN 'out' ELSE 'in' END,
                 otherId: o.id, otherName: o.name, .kind, .strength, .confidence, .source, since: toString(t.since)} END) AS ties
}
CALL (p) {
  OPTIONAL MATCH (r:Person)-[:REPORTS_TO]->(p)
  RETURN collect(r {.id, .name}) AS directReports
}
CALL (p) {
  OPTIONAL MATCH (s:Staff)-[k:KNOWS|OWNS]->(p)
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {staffId: s.id, staffName: s.name, relation: type(k),
                 strength: k.strength, priority: k.priority, lastContact: toString(k.lastContact)} END) AS staff
}
CALL (p) {
  OPTIONAL MATCH (p)-[:ATTENDED]->(i:Interaction)
  WITH i ORDER BY i.date
  RETURN collect(i {.id, date: toString(i.date), .kind, .summary}) AS interactions
}
CALL (p) {
  OPTIONAL MATCH (x:Action)-[:CONCERNS]->(p)
  RETURN collect(x {.id, .kind, .title, due: toString(x.due), .status, .complianceRisk, .notes}) AS actions
}
CALL (p) {
  OPTIONAL MATCH (v:VisitPlan)-[:TARGETS]->(p)
  RETURN collect(v {.id, date: toString(v.date), .status, .objective}) AS visits
}
CALL (p) {
  OPTIONAL MATCH (t:PlanTarget)-[:FOR_PERSON]->(p)
  RETURN collect(t {.id, .period, .kind, .stance, .note}) AS planTargets
}
CALL (p) {
  MATCH (n)
  WHERE (n:Interaction OR n:Action OR n:VisitPlan OR n:Person OR n:StanceChange OR n:PlanTarget OR n:Org OR n:Opportunity)
    AND n.accountId = p.accountId AND n <> p
  WITH p, n, [text IN [n.summary, n.title, n.notes, n.objective, n.note, CASE WHEN n:Org OR n:Opportunity THEN n.name END]
                      + coalesce(n.needsProfessional, []) + coalesce(n.needsPersonal, [])
                      + coalesce(n.criteriaNotes, []) + coalesce(n.tags, []) WHERE toLower(text) CONTAINS toLower(p.name)] AS texts
  WHERE size(texts) > 0
  RETURN collect({type: labels(n)[0], id: n.id, text: texts}) AS inNodes
}
CALL (p) {
  MATCH (a:Person {accountId: p.accountId})-[t:INFLUENCES]->(b:Person)
  WHERE a <> p AND b <> p AND toLower(t.source) CONTAINS toLower(p.name)
  RETURN collect({type: 'Influence', id: t.id, text: [t.source]}) AS inTies
}
CALL (p) {
  MATCH (o:Person {accountId: p.accountId})-[m:MEMBER_OF]->(g:Org)
  WHERE o <> p AND toLower(m.title) CONTAINS toLower(p.name)
  RETURN collect({type: 'Membership', id: o.id, orgId: g.id, text: [m.title]}) AS inMemberships
}
CALL (p) {
  MATCH (a:Account {id: p.accountId})
  WITH a, [text IN [a.name, a.notes] WHERE toLower(text) CONTAINS toLower(p.name)] AS texts
  WHERE size(texts) > 0
  RETURN collect({type: 'Account', id: a.id, text: texts}) AS inAccount
}
WITH p, ties, directReports, staff, interactions, actions, visits, planTargets,
     inNodes + inTies + inMemberships + inAccount AS mentions
CALL (p) {
  OPTIONAL MATCH (c:Change {accountId: p.accountId})
  WHERE c.entityId = p.id OR toLower(c.entityName) CONTAINS toLower(p.name) OR toLower(c.before) CONTAINS toLower(p.name) OR toLower(c.after) CONTAINS toLower(p.name)
  WITH c ORDER BY c.at
  RETURN collect(c {.id, at: toString(c.at), .actor, .action, .entityType, .entityId, .entityName, .before, .after}) AS changes
}
RETURN {ties: ties, directReports: directReports, staff: staff, interactions: interactions, actions: actions,
        visits: visits, planTargets: planTargets, mentions: mentions, changes: changes} AS row
