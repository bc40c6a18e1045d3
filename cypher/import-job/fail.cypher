MATCH (j:ImportJob {id: $id})
SET j.state = 'FAILED', j.errors = $errors, j.errorCount = $errorCount, j.updatedAt = datetime()
RETURN j.accountId AS accountId
