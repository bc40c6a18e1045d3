UNWIND $rows AS r
MATCH (p:Person {id: r.personId})
MATCH (boss:Person {id: r.bossId})
CREATE (p)-[:REPORTS_TO]->(boss)
