// The last step of a bulk import: one transaction makes the whole account visible and the job DONE; only while the
// job is still RUNNING (locked first, then read, as import-job/fence): a job another instance's janitor gave up is
// never published over its half-deleted account. No row: not published.
MATCH (j:ImportJob {id: $id})
SET j.heartbeat = datetime()
WITH j WHERE j.state = 'RUNNING'
MATCH (a:Account {id: j.accountId}) WHERE a.importing = true
REMOVE a.importing
SET j.state = 'DONE', j.percent = 100, j.counts = $counts, j.updatedAt = datetime()
RETURN a.id AS accountId
