CALL dbms.components() YIELD name, versions, edition
WITH versions[0] AS version, edition
OPTIONAL MATCH (a:Account) WHERE a.importing IS NULL
RETURN version, edition, count(a) AS accounts
