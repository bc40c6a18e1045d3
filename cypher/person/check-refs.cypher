// Which referenced orgs are not this account's, whether the boss is, and whether the line would loop.
CALL () {
  UNWIND $orgIds AS orgId
  OPTIONAL MATCH (o:Org {id: orgId})
  WITH orgId, o WHERE o IS NULL OR o.accountId <> $accountId
  RETURN collect(orgId) AS missingOrgs
}
CALL () {
  OPTIONAL MATCH (boss:Person {id: $bossId})
  RETURN boss IS NOT NULL AND boss.accountId = $accountId AS bossFound
}
CALL () {
  OPTIONAL MATCH path = (boss:Person {id: $bossId})-[:REPORTS_TO*0..]->(:Person {id: $id})
  RETURN count(path) > 0 AS wouldLoop
}
RETURN missingOrgs, bossFound, wouldLoop
