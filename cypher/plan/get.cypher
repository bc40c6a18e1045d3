MATCH (t:PlanTarget {id: $id})
WHERE t.accountId = $accountId
OPTIONAL MATCH (t)-[:FOR_PERSON]->(p:Person)
OPTIONAL MATCH (t)-[:FOR_OPPORTUNITY]->(o:Opportunity)
RETURN t {.id, .period, .kind, .stance, .minimum, .note, .version, personId: p.id, personName: p.name,
          opportunityId: o.id, opportunityName: o.name} AS row
