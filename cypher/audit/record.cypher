// The wall-clock time of this entry (not the transaction start), so entries of one transaction keep their order.
// Every entry also counts up Account.changeCount in the same transaction: the account's state key for the
// caches (graph, analysis, search), read in O(1) and never repeated, whatever the commit order of writers.
CREATE (:Change {
  id: randomUUID(), accountId: $accountId, at: datetime.realtime(), actor: $actor, action: $action,
  entityType: $entityType, entityId: $entityId, entityName: $entityName, before: $before, after: $after
})
WITH 1 AS recorded
OPTIONAL MATCH (a:Account {id: $accountId})
SET a.changeCount = coalesce(a.changeCount, 0) + 1
