MATCH (p:Person {id: $personId}), (c:Competitor {id: $competitorId})
WHERE p.accountId = $accountId AND c.accountId = $accountId
CREATE (p)-[:ALIGNED_WITH {strength: $strength, version: 1}]->(c)
