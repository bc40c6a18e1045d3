// Which referenced staff are not on the account's team, which people are not the account's, and
// whether the opportunity is the account's.
CALL () {
  UNWIND $staffIds AS sid
  OPTIONAL MATCH (s:Staff {id: sid})-[:ON_TEAM]->(:Account {id: $accountId})
  WITH sid, s WHERE s IS NULL
  RETURN collect(sid) AS missingStaff
}
CALL () {
  UNWIND $personIds AS pid
  OPTIONAL MATCH (p:Person {id: pid})
  WITH pid, p WHERE p IS NULL OR p.accountId <> $accountId
  RETURN collect(pid) AS missingPeople
}
CALL () {
  OPTIONAL MATCH (o:Opportunity {id: $opportunityId})
  RETURN o IS NOT NULL AND o.accountId = $accountId AS opportunityFound
}
RETURN missingStaff, missingPeople, opportunityFound
