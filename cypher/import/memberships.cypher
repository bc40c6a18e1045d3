UNWIND $rows AS r
MATCH (p:Person {id: r.personId})
MATCH (o:Org {id: r.orgId})
CREATE (p)-[:MEMBER_OF {title: r.title, position: r.position}]->(o)
