// Both ends must be people of this account; an existing tie of the same kind is a conflict. The `from`
// person is write-locked first (held until commit), so concurrent creates of the same tie, and kind
// changes onto it, serialise: the second writer sees the first one's tie. Always one row; every
// existing tie of that kind is listed (older data may hold more than one).
OPTIONAL MATCH (a:Person {id: $from})
WHERE a.accountId = $accountId
CALL (a) {
  WITH a WHERE a IS NOT NULL
  SET a._lock = true
  REMOVE a._lock
}
OPTIONAL MATCH (b:Person {id: $to})
WHERE b.accountId = $accountId
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
       CASE WHEN a IS NULL OR b IS NULL THEN []
            ELSE COLLECT { MATCH (a)-[dup:INFLUENCES {kind: $kind}]->(b) RETURN dup.id ORDER BY dup.id } END AS duplicateIds
