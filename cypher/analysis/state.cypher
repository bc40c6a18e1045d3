// What the cached analysis depends on: every write leaves an audit entry, so the newest entry and
// their count identify the account's state; the opportunity must belong to the account.
MATCH (a:Account {id: $accountId}) WHERE a.importing IS NULL
OPTIONAL MATCH (o:Opportunity {id: $opportunityId})
WHERE o.accountId = $accountId
CALL (a) {
  OPTIONAL MATCH (c:Change) WHERE c.accountId = a.id
  RETURN count(c) AS changes, toString(max(c.at)) AS lastChange
}
RETURN a.id AS accountId, o IS NOT NULL AS opportunityFound, changes, lastChange
