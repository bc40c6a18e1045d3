MATCH (t:ApiToken)-[:TOKEN_OF]->(:User {id: $userId})
RETURN count(t) AS tokens
