// What the cached analysis depends on: the account's change counter (audit/record counts it up with every
// audit entry, in the writer's transaction); the opportunity must belong to the account.
MATCH (a:Account {id: $accountId}) WHERE a.importing IS NULL
OPTIONAL MATCH (o:Opportunity {id: $opportunityId})
WHERE o.accountId = $accountId
RETURN a.id AS accountId, o IS NOT NULL AS opportunityFound, coalesce(a.changeCount, 0) AS changes
