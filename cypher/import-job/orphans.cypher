// Accounts left invisible by an import that is no longer running: their partial data must go.
MATCH (a:Account)
WHERE a.importing = true
  AND NOT EXISTS { MATCH (j:ImportJob {accountId: a.id}) WHERE j.state IN ['QUEUED', 'RUNNING'] }
RETURN a.id AS accountId
