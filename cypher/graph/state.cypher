// The account's state key for the answer caches: its change counter (audit/record counts it up with every
// audit entry), one node read. No row when the account does not exist or is still importing.
MATCH (a:Account {id: $accountId}) WHERE a.importing IS NULL
RETURN coalesce(a.changeCount, 0) AS state
