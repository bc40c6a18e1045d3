// Fences one write of a bulk import: it may only commit while its job is RUNNING and its account still invisible.
// The job node is locked first (the SET), then its state read: a janitor failing the job (abandon-stale) holds or
// waits for the same lock, so no batch commits after the job was given up and its account deleted. No row: stop.
MATCH (j:ImportJob {id: $id})
SET j.heartbeat = datetime()
WITH j WHERE j.state = 'RUNNING'
MATCH (a:Account {id: j.accountId}) WHERE a.importing = true
RETURN j.id AS id
