MATCH (a:Account) WHERE a.importing IS NULL
RETURN count(a) AS accounts
