// Where an account's change log stands: the state a snapshot read in the same transaction reflects (read first,
// so the rows after it are of that state or newer), and the id of the entry that made it: a later patch checks
// that entry is still there, so it patches onto the same log. No row when the account does not exist or is
// still importing.
MATCH (a:Account {id: $accountId}) WHERE a.importing IS NULL
WITH coalesce(a.changeCount, 0) AS state
OPTIONAL MATCH (c:Change) WHERE c.accountId = $accountId AND c.seq = state
RETURN state, collect(c.id) AS anchors
