MATCH (p:Person {id: $personId})-[al:ALIGNED_WITH]->(c:Competitor {id: $competitorId})
WHERE p.accountId = $accountId
SET al.strength = $strength, al.version = coalesce(al.version, 1) + 1
