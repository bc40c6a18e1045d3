// The person must be of this account and the owner on its team (each only when given).
OPTIONAL MATCH (p:Person {id: $personId})
WHERE p.accountId = $accountId
OPTIONAL MATCH (s:Staff {id: $ownerStaffId})-[:ON_TEAM]->(:Account {id: $accountId})
RETURN p IS NOT NULL AS personFound, s IS NOT NULL AS ownerFound
