MATCH (p:Person {id: $personId})-[al:ALIGNED_WITH]->(c:Competitor {id: $competitorId})
WHERE p.accountId = $accountId
RETURN {personId: p.id, personName: p.name, competitorId: c.id, competitorName: c.name, strength: al.strength,
        version: coalesce(al.version, 1)} AS row
