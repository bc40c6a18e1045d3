// What a brief says about each target beyond the analytics: orgs, stance history, needs, criteria.
UNWIND range(0, size($ids) - 1) AS k
MATCH (p:Person {id: $ids[k]})
WHERE p.accountId = $accountId
CALL (p) {
  OPTIONAL MATCH (p)-[m:MEMBER_OF]->(o:Org)
  WITH o, m ORDER BY m.position
  RETURN collect(o.name) AS orgs
}
CALL (p) {
  OPTIONAL MATCH (p)-[:HAD_STANCE]->(s:StanceChange)
  WITH s ORDER BY s.at, s.id
  RETURN collect(s {.stance, at: toString(s.at), .by, .note}) AS stanceHistory
}
WITH k, p, orgs, stanceHistory ORDER BY k
RETURN p {
  .id, .name, .title, orgs: orgs, stanceHistory: stanceHistory, stanceUpdatedAt: toString(p.stanceUpdatedAt),
  needs: {professional: coalesce(p.needsProfessional, []), personal: coalesce(p.needsPersonal, [])},
  criteria: [i IN range(0, size(coalesce(p.criteriaCategories, [])) - 1) |
             {category: p.criteriaCategories[i], note: CASE p.criteriaNotes[i] WHEN '' THEN null ELSE p.criteriaNotes[i] END}]
} AS row
