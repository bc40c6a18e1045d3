// Which of the given ids are not people of this account.
UNWIND $personIds AS personId
OPTIONAL MATCH (p:Person {id: personId})
WITH personId, p WHERE p IS NULL OR p.accountId <> $accountId
RETURN collect(personId) AS missing
