UNWIND $rows AS r
MATCH (s:Staff {id: r.staffId})
MATCH (p:Person {id: r.personId})
CREATE (s)-[:KNOWS {strength: r.strength, lastContact: r.lastContact}]->(p)
