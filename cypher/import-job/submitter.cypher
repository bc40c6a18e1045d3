// Who submitted the job (username), so only they (or an ADMIN) can follow it.
MATCH (j:ImportJob {id: $id})
RETURN j.actor AS actor
