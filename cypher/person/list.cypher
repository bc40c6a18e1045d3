MATCH (p:Person {accountId: $accountId})
OPTIONAL MATCH (p)-[:REPORTS_TO]->(boss:Person)
WITH p, boss ORDER BY p.name, p.id
RETURN p {.id, .externalId, .name, .title, .rank, .decisionRole, .stance, .risingStar, .onOrgChart,
          reportsTo: boss.id, .version} AS row
