// One compact row per person for the level-of-detail view: primary org (first membership), stance,
// boss, and outgoing influence ties as parallel lists of target ids and weights (strength x confidence).
MATCH (p:Person {accountId: $accountId})
CALL (p) {
  OPTIONAL MATCH (p)-[m:MEMBER_OF]->(o:Org)
  WITH o ORDER BY m.position
  RETURN head(collect(o.id)) AS orgId
}
CALL (p) {
  OPTIONAL MATCH (p)-[:REPORTS_TO]->(boss:Person)
  RETURN head(collect(boss.id)) AS bossId
}
CALL (p) {
  OPTIONAL MATCH (p)-[t:INFLUENCES]->(q:Person)
  RETURN collect(q.id) AS targets, collect(t.strength * t.confidence) AS weights
}
RETURN p.id AS id, p.stance AS stance, orgId, bossId, targets, weights
