// Its decision chain (ROLE_IN) goes with it; visit plans for it stay, no longer tied to a deal.
MATCH (o:Opportunity {id: $id})
WHERE o.accountId = $accountId
DETACH DELETE o
