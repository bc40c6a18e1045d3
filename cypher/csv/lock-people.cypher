// The account's people as a CSV import resolves names against them, write-locked so that no edit
// slips in between this read and the import's writes.
MATCH (p:Person {accountId: $accountId})
SET p._lock = true
REMOVE p._lock
WITH p
OPTIONAL MATCH (p)-[:REPORTS_TO]->(boss:Person)
CALL (p) {
  OPTIONAL MATCH (p)-[m:MEMBER_OF]->(o:Org)
  WITH m, o ORDER BY m.position
  RETURN collect(o.id) AS orgIds
}
RETURN p {
  .id, .externalId, .name, .title, .rank, .decisionRole, .stance, .risingStar, .onOrgChart,
  .needsProfessional, .needsPersonal, .notes, .tags, .version, reportsTo: boss.id, orgIds: orgIds
} AS row
