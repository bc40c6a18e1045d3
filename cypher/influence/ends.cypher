// Both ends must be people of this account; an existing tie of the same kind is a conflict.
OPTIONAL MATCH (a:Person {id: $from})
OPTIONAL MATCH (b:Person {id: $to})
OPTIONAL MATCH (a)-[dup:INFLUENCES {kind: $kind}]->(b)
RETURN a IS NOT NULL AND a.accountId = $accountId AS fromFound,
       b IS NOT NULL AND b.accountId = $accountId AS toFound,
       dup.id AS duplicateId
