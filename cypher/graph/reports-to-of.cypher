// The formal lines from or to the given people (both directions), rows as graph/reports-to gives them.
MATCH (x:Person) WHERE x.id IN $personIds AND x.accountId = $accountId
CALL (x) {
  MATCH (x)-[:REPORTS_TO]->(boss:Person)
  RETURN x AS p, boss
  UNION
  MATCH (p:Person {accountId: $accountId})-[:REPORTS_TO]->(x)
  RETURN p, x AS boss
}
WITH DISTINCT p, boss
RETURN {id: 'rt-' + p.id, source: boss.id, target: p.id} AS row
