CREATE (:Change {
  id: randomUUID(), accountId: $accountId, at: datetime(), actor: $actor, action: $action,
  entityType: $entityType, entityId: $entityId, entityName: $entityName, before: $before, after: $after
})
