// Newest first; with $personId, only the interactions that person attended.
MATCH (i:Interaction {accountId: $accountId})
WHERE $personId IS NULL OR EXISTS { (:Person {id: $personId})-[:ATTENDED]->(i) }
CALL (i) {
  OPTIONAL MATCH (p:Person)-[:ATTENDED]->(i)
  WITH p ORDER BY p.name, p.id
  RETURN collect(p {.id, .name}) AS people
}
CALL (i) {
  OPTIONAL MATCH (s:Staff)-[:ATTENDED]->(i)
  WITH s ORDER BY s.name, s.id
  RETURN collect(s {.id, .name}) AS staff
}
WITH i, people, staff ORDER BY i.date DESC, i.id
RETURN i {.id, .externalId, date: toString(i.date), .kind, .summary, personIds: [x IN people | x.id],
          staffIds: [x IN staff | x.id], people: people, staff: staff, version: coalesce(i.version, 1)} AS row
