// Interactions on or after a day, newest first, with who took part.
MATCH (i:Interaction {accountId: $accountId})
WHERE i.date >= date($since)
WITH i ORDER BY i.date DESC, i.id DESC
LIMIT $limit
CALL (i) {
  OPTIONAL MATCH (p:Person)-[:ATTENDED]->(i)
  WITH p ORDER BY p.name
  RETURN collect(p {.id, .name}) AS people
}
CALL (i) {
  OPTIONAL MATCH (s:Staff)-[:ATTENDED]->(i)
  WITH s ORDER BY s.name
  RETURN collect(s.name) AS staff
}
RETURN i {.id, date: toString(i.date), .kind, .summary, people: people, staff: staff} AS row
