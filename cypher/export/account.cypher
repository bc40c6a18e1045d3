MATCH (a:Account {id: $accountId})
RETURN a {id: coalesce(a.externalId, a.id), .name, .customerClass, .orgLevel, .notes} AS row
