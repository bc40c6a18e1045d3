// The people's alignments with this competitor go with it.
MATCH (c:Competitor {id: $id})
WHERE c.accountId = $accountId
DETACH DELETE c
