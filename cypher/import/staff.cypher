// Staff are ours, not the customer's: one node per email across accounts, joined to this account's team.
UNWIND $rows AS r
CALL (r) {
  WITH r WHERE r.email IS NOT NULL
  MERGE (s:Staff {email: r.email})
    ON CREATE SET s.id = r.id, s.externalId = r.externalId, s.name = r.name, s.title = r.title, s.rank = r.rank
  RETURN s
  UNION
  WITH r WHERE r.email IS NULL
  CREATE (s:Staff {id: r.id, externalId: r.externalId, name: r.name, title: r.title, rank: r.rank})
  RETURN s
}
WITH r, s
MATCH (a:Account {id: $accountId})
MERGE (s)-[:ON_TEAM]->(a)
RETURN r.fileId AS fileId, s.id AS id
