MATCH (p:Person) WHERE p.id IN $personIds AND p.accountId = $accountId
MATCH (p)-[:REPORTS_TO]->(boss:Person) WHERE boss.id IN $personIds
RETURN {id: 'rt-' + p.id, source: boss.id, target: p.id} AS row
ORDER BY row.id
