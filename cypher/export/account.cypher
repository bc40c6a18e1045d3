MATCH (a:Account {id: $accountId}) WHERE a.importing IS NULL
RETURN a {id: coalesce(a.externalId, a.id), .name, .customerClass, .orgLevel, .notes} AS row
