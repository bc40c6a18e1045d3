MATCH (x:Action {id: $id})
WHERE x.accountId = $accountId
OPTIONAL MATCH (x)-[:CONCERNS]->(p:Person)
OPTIONAL MATCH (s:Staff)-[:RESPONSIBLE_FOR]->(x)
RETURN x {.id, .externalId, .kind, .title, due: toString(x.due), .status, .complianceRisk, .approvedBy,
          personId: p.id, personName: p.name, ownerStaffId: s.id, ownerName: s.name, .notes,
          version: coalesce(x.version, 1)} AS row
