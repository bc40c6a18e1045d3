// The account's change log from state $since on (that state's own entry included, to check it), oldest first.
MATCH (c:Change) WHERE c.accountId = $accountId AND c.seq >= $since
RETURN c.seq AS seq, c.id AS id, c.action AS action, c.entityType AS entityType, c.entityId AS entityId,
  c.before AS before, c.after AS after
ORDER BY seq
LIMIT $limit
