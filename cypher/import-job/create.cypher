// A bulk import job: its state lives in Neo4j, so any app instance can answer GET /api/imports/{id}.
CREATE (j:ImportJob {
  id: $id, state: 'QUEUED', percent: 0, bytes: $bytes, owner: $owner, actor: $actor,
  accountId: null, counts: null, errors: null,
  createdAt: datetime(), updatedAt: datetime(), heartbeat: datetime()
})
RETURN j {.id, .state, .percent, .accountId, .counts, .errors, .errorCount, .bytes, createdAt: toString(j.createdAt),
          updatedAt: toString(j.updatedAt)} AS row
