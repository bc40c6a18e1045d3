MATCH (t:PlanTarget {accountId: $accountId})
OPTIONAL MATCH (t)-[:FOR_PERSON]->(p:Person)
OPTIONAL MATCH (t)-[:FOR_OPPORTUNITY]->(o:Opportunity)
WITH t, p, o ORDER BY t.period, t.kind, t.createdAt, t.id
RETURN t {.id, .period, .kind, .stance, .minimum, .note, .version, personId: p.id, personName: p.name,
          opportunityId: o.id, opportunityName: o.name} AS row
