// The person, their stance history and every relationship they are part of.
MATCH (p:Person {id: $personId})
WHERE p.accountId = $accountId
CALL (p) {
  OPTIONAL MATCH (p)-[:HAD_STANCE]->(s:StanceChange)
  DETACH DELETE s
  RETURN count(s) AS stanceChanges
}
WITH p, stanceChanges, COUNT { (p)--() } AS relationships
DETACH DELETE p
RETURN stanceChanges, relationships
