// Links the job to its (still invisible) account, in the transaction that creates the account; only while the job is
// still QUEUED or RUNNING (locked first, then read, as import-job/fence): a job a janitor gave up while it waited in
// the queue stays FAILED, as its submitter was told. No row: not started.
MATCH (j:ImportJob {id: $id})
SET j.heartbeat = datetime()
WITH j WHERE j.state IN ['QUEUED', 'RUNNING']
SET j.accountId = $accountId, j.state = 'RUNNING', j.updatedAt = datetime()
RETURN j.id AS id
