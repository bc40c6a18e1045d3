MATCH (x:Action {accountId: $accountId})
OPTIONAL MATCH (x)-[:CONCERNS]->(p:Person)
OPTIONAL MATCH (s:Staff)-[:RESPONSIBLE_FOR]->(x)
OPTIONAL MATCH (x)-[:FOLLOWS_UP]->(v:VisitPlan)
WITH x, p, s, v, coalesce(x.externalId, x.id) AS key
ORDER BY key
RETURN x {id: key, .kind, .title, due: x.due, .status, .complianceRisk, .approvedBy,
          personId: coalesce(p.externalId, p.id), ownerStaffId: coalesce(s.externalId, s.id), .notes,
          visitId: coalesce(v.externalId, v.id)} AS row
