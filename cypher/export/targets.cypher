MATCH (t:PlanTarget {accountId: $accountId})
OPTIONAL MATCH (t)-[:FOR_PERSON]->(p:Person)
OPTIONAL MATCH (t)-[:FOR_OPPORTUNITY]->(o:Opportunity)
WITH t, p, o, coalesce(t.externalId, t.id) AS key
ORDER BY key
RETURN t {id: key, .period, .kind, personId: coalesce(p.externalId, p.id), .stance, .minimum,
          opportunityId: coalesce(o.externalId, o.id), .note} AS row
