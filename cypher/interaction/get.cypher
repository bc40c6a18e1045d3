MATCH (i:Interaction {id: $id})
WHERE i.accountId = $accountId
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
RETURN i {.id, .externalId, date: toString(i.date), .kind, .summary, personIds: [x IN people | x.id],
          staffIds: [x IN staff | x.id], people: people, staff: staff, version: coalesce(i.version, 1)} AS row
