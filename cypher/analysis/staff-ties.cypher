// Our staff on the account's team and whom they know, for warm introduction paths.
MATCH (s:Staff)-[:ON_TEAM]->(:Account {id: $accountId})
OPTIONAL MATCH (s)-[k:KNOWS]->(p:Person {accountId: $accountId})
WITH s, k, p ORDER BY p.id
RETURN s {.id, .name, .title, .rank,
          knows: collect(CASE WHEN p IS NULL THEN null ELSE {personId: p.id, strength: k.strength} END)} AS row
ORDER BY row.id
