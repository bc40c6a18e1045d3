// The wall-clock time of this entry (not the transaction start), so entries of one transaction keep their order.
CREATE (:Change {
  id: randomUUID(), accountId: $accountId, at: datetime.realtime(), actor: $actor, action: $action,
  entityType: $entityType, entityId: $entityId, entityName: $entityName, before: $before, after: $after
})
