MATCH (o:Org {accountId: $accountId})
RETURN o {.id, .name, .kind, .extensiveLevel} AS row
ORDER BY row.id
