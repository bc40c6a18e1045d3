MATCH (t:ApiToken {id: $id})-[:TOKEN_OF]->(:User {id: $userId})
WITH t, t {.id, .name} AS row
DETACH DELETE t
RETURN row
