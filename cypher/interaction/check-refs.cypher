// Which attendees are not people of this account, and which are not staff on its team.
CALL () {
  UNWIND $personIds AS personId
  OPTIONAL MATCH (p:Person {id: personId})
  WITH personId, p WHERE p IS NULL OR p.accountId <> $accountId
  RETURN collect(personId) AS missingPeople
}
CALL () {
  UNWIND $staffIds AS staffId
  OPTIONAL MATCH (s:Staff {id: staffId})-[:ON_TEAM]->(:Account {id: $accountId})
  WITH staffId, s WHERE s IS NULL
  RETURN collect(staffId) AS missingStaff
}
RETURN missingPeople, missingStaff
