MATCH (p:Person {id: $personId})-[al:ALIGNED_WITH]->(c:Competitor {id: $competitorId})
WHERE p.accountId = $accountId
DELETE al
