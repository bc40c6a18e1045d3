MATCH (p:Person {accountId: $accountId})-[:REPORTS_TO]->(boss:Person)
RETURN {id: 'rt-' + p.id, source: boss.id, target: p.id} AS row
ORDER BY row.id
