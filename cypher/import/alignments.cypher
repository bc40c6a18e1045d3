UNWIND $rows AS r
MATCH (p:Person {id: r.personId})
MATCH (c:Competitor {id: r.competitorId})
CREATE (p)-[:ALIGNED_WITH {strength: r.strength}]->(c)
