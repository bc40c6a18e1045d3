// Progress of a running job; also its heartbeat, by which other instances tell a live job from a dead one.
MATCH (j:ImportJob {id: $id})
WHERE j.state IN ['QUEUED', 'RUNNING']
SET j.state = $state, j.percent = $percent, j.counts = coalesce($counts, j.counts),
    j.updatedAt = datetime(), j.heartbeat = datetime()
RETURN j.id AS id
