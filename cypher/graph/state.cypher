// The account's state key for the answer caches: its change counter (audit/record counts it up with every
// audit entry), one node read, and whether $opportunityId (when given) is a deal of this account. No row when
// the account does not exist or is still importing.
MATCH (a:Account {id: $accountId}) WHERE a.importing IS NULL
OPTIONAL MATCH (o:Opportunity {id: $opportunityId})
WHERE o.accountId = $accountId
RETURN coalesce(a.changeCount, 0) AS state, $opportunityId IS NULL OR o IS NOT NULL AS opportunityFound
