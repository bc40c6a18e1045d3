// The person (locked, so concurrent writers of the same alignment serialise) and the competitor must
// both belong to the account; reports the current alignment's version, if there is one.
OPTIONAL MATCH (p:Person {id: $personId})
WHERE p.accountId = $accountId
CALL (p) {
  WITH p WHERE p IS NOT NULL
  SET p._lock = true
  REMOVE p._lock
}
OPTIONAL MATCH (c:Competitor {id: $competitorId})
WHERE c.accountId = $accountId
OPTIONAL MATCH (p)-[al:ALIGNED_WITH]->(c)
RETURN p IS NOT NULL AS personFound, c IS NOT NULL AS competitorFound,
       CASE WHEN al IS NULL THEN null ELSE coalesce(al.version, 1) END AS version
