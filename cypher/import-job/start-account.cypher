// Links the job to its (still invisible) account, in the transaction that creates the account.
MATCH (j:ImportJob {id: $id})
SET j.accountId = $accountId, j.state = 'RUNNING', j.updatedAt = datetime(), j.heartbeat = datetime()
