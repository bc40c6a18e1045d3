// The wall-clock time of this entry (not the transaction start), so entries of one transaction keep their order.
// Every entry also counts up Account.changeCount in the same transaction: the account's state key for the
// caches (graph, analysis, search), read in O(1) and never repeated, whatever the commit order of writers.
// The counter is taken first: the SET locks the account node until commit, so the entry's seq (the new
// counter value) orders the log in commit order, and "the entries after state N" is one indexed range read.
// Entries outside an account (staff) have no seq.
OPTIONAL MATCH (a:Account {id: $accountId})
SET a.changeCount = coalesce(a.changeCount, 0) + 1
CREATE (:Change {
  id: randomUUID(), accountId: $accountId, seq: a.changeCount, at: datetime.realtime(), actor: $actor, action: $action,
  entityType: $entityType, entityId: $entityId, entityName: $entityName, before: $before, after: $after
})
