MATCH (s:Staff)-[:ON_TEAM]->(:Account {id: $accountId})
WITH s, coalesce(s.externalId, s.id) AS key
ORDER BY key
RETURN s {id: key, .name, .title, .rank, .email} AS row
