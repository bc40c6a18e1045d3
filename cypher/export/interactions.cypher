MATCH (i:Interaction {accountId: $accountId})
WITH i, coalesce(i.externalId, i.id) AS key
ORDER BY key
CALL (i) {
  OPTIONAL MATCH (p:Person)-[:ATTENDED]->(i)
  WITH coalesce(p.externalId, p.id) AS k ORDER BY k
  RETURN collect(k) AS personIds
}
CALL (i) {
  OPTIONAL MATCH (s:Staff)-[:ATTENDED]->(i)
  WITH coalesce(s.externalId, s.id) AS k ORDER BY k
  RETURN collect(k) AS staffIds
}
RETURN i {id: key, date: i.date, .kind, .summary, personIds: personIds, staffIds: staffIds} AS row
