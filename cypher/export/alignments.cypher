MATCH (p:Person {accountId: $accountId})-[al:ALIGNED_WITH]->(c:Competitor)
WITH p, al, c, coalesce(p.externalId, p.id) AS personKey, coalesce(c.externalId, c.id) AS competitorKey
ORDER BY personKey, competitorKey
RETURN {personId: personKey, competitorId: competitorKey, strength: al.strength} AS row
