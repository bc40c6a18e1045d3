// The state a full read of the map reflects (read first, in the same transaction as the rows), and the id of
// the change log entry that made it: a later patch checks that entry is still there, so it patches onto
// the same log. No row when the account does not exist or is still importing.
MATCH (a:Account {id: $accountId}) WHERE a.importing IS NULL
WITH coalesce(a.changeCount, 0) AS state
OPTIONAL MATCH (c:Change) WHERE c.accountId = $accountId AND c.seq = state
RETURN state, collect(c.id) AS anchors
