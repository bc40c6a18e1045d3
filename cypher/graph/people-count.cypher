MATCH (p:Person {accountId: $accountId})
RETURN count(p) AS people
