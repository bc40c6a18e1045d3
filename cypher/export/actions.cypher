MATCH (x:Action {accountId: $accountId})
OPTIONAL MATCH (x)-[:CONCERNS]->(p:Person)
OPTIONAL MATCH (s:Staff)-[:RESPONSIBLE_FOR]->(x)
WITH x, p, s, coalesce(x.externalId, x.id) AS key
ORDER BY key
RETURN x {id: key, .kind, .title, due: x.due, .status, .complianceRisk, .approvedBy,
          personId: coalesce(p.externalId, p.id), ownerStaffId: coalesce(s.externalId, s.id), .notes} AS row
