// Jobs whose instance stopped beating (killed, or, in embedded mode, any job left from before this start).
MATCH (j:ImportJob)
WHERE j.state IN ['QUEUED', 'RUNNING'] AND j.owner <> $owner
  AND j.heartbeat < datetime() - duration({seconds: $staleSeconds})
SET j.state = 'FAILED', j.updatedAt = datetime(), j.errorCount = 1,
    j.errors = '[{"field":"body","message":"the import was interrupted (the app stopped); nothing of it was kept: submit the file again"}]'
RETURN j.id AS id
