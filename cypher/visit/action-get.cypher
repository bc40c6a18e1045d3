MATCH (x:Action {id: $id})-[:FOLLOWS_UP]->(:VisitPlan {id: $visitId})
WHERE x.accountId = $accountId
OPTIONAL MATCH (x)-[:CONCERNS]->(p:Person)
OPTIONAL MATCH (s:Staff)-[:RESPONSIBLE_FOR]->(x)
RETURN x {.id, .kind, .title, due: toString(x.due), .status, .complianceRisk, .approvedBy, .notes,
          personId: p.id, personName: p.name, ownerStaffId: s.id, ownerName: s.name, .version} AS row
