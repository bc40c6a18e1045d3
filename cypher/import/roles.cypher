UNWIND $rows AS r
MATCH (p:Person {id: r.personId})
MATCH (o:Opportunity {id: r.opportunityId})
CREATE (p)-[:ROLE_IN {decisionRole: r.decisionRole, hidden: r.hidden, position: r.position}]->(o)
