MATCH (x:Action {accountId: $accountId})
OPTIONAL MATCH (x)-[:CONCERNS]->(p:Person)
OPTIONAL MATCH (s:Staff)-[:RESPONSIBLE_FOR]->(x)
WITH x, p, s ORDER BY x.due, x.title, x.id
RETURN x {.id, .externalId, .kind, .title, due: toString(x.due), .status, .complianceRisk, .approvedBy,
          personId: p.id, personName: p.name, ownerStaffId: s.id, ownerName: s.name, .notes,
          version: coalesce(x.version, 1)} AS row
