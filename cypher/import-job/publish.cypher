// The last step of a bulk import: one transaction makes the whole account visible and the job DONE.
MATCH (j:ImportJob {id: $id})
MATCH (a:Account {id: j.accountId})
REMOVE a.importing
SET j.state = 'DONE', j.percent = 100, j.counts = $counts, j.updatedAt = datetime(), j.heartbeat = datetime()
RETURN a.id AS accountId
