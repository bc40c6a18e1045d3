// Only reached when the org has no members and no child orgs; its owners' OWNS ties go with it.
MATCH (o:Org {id: $id})
WHERE o.accountId = $accountId
DETACH DELETE o
