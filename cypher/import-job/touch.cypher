// Keeps this instance's queued and running jobs alive for the janitors of the other instances.
MATCH (j:ImportJob)
WHERE j.owner = $owner AND j.state IN ['QUEUED', 'RUNNING']
SET j.heartbeat = datetime()
RETURN count(j) AS jobs
