// The target is a person or org of the account, or the account itself, each looked up by label through
// its id constraint (a label-less lookup scanned every node for every row).
UNWIND $rows AS r
MATCH (s:Staff {id: r.staffId})
OPTIONAL MATCH (person:Person {id: r.targetId})
WHERE person.accountId = $accountId
OPTIONAL MATCH (org:Org {id: r.targetId})
WHERE org.accountId = $accountId
OPTIONAL MATCH (account:Account {id: r.targetId})
WHERE account.id = $accountId
WITH s, r, coalesce(person, org, account) AS t
WHERE t IS NOT NULL
CREATE (s)-[:OWNS {priority: r.priority}]->(t)
