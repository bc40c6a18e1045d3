// The account's orgs, which a people CSV names by externalId or name.
MATCH (o:Org {accountId: $accountId})
RETURN o {.id, .externalId, .name} AS row
