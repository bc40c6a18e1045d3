// Deleting a person with thousands of ties in one go makes a big transaction: ties go first, bounded.
MATCH (a:Account {id: $accountId}) WHERE a.importing = true
MATCH (p:Person {accountId: a.id})-[t:INFLUENCES]->()
WITH t LIMIT $limit
DELETE t
RETURN count(*) AS deleted
