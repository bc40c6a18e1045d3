MATCH (c:Competitor {id: $id})
WHERE c.accountId = $accountId
CALL (c) {
  OPTIONAL MATCH (p:Person)-[al:ALIGNED_WITH]->(c)
  WITH p, al ORDER BY p.name, p.id
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {personId: p.id, personName: p.name, strength: al.strength} END) AS aligned
}
RETURN c {.id, .externalId, .name, aligned: aligned, version: coalesce(c.version, 1)} AS row
