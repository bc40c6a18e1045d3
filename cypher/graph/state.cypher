// The account's state for the level-of-detail cache: every write leaves an audit entry.
MATCH (a:Account {id: $accountId}) WHERE a.importing IS NULL
CALL (a) {
  OPTIONAL MATCH (c:Change) WHERE c.accountId = a.id
  RETURN count(c) AS changes, toString(max(c.at)) AS lastChange
}
RETURN changes + '@' + coalesce(lastChange, '-') AS state
