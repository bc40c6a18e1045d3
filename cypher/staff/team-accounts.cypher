// The accounts whose team the staff member is on: their audit logs hear about changes to them.
MATCH (s:Staff {id: $id})-[:ON_TEAM]->(a:Account)
RETURN a.id AS accountId
