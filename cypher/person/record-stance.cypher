MATCH (p:Person {id: $id})
WHERE p.accountId = $accountId
SET p.stanceUpdatedAt = datetime()
CREATE (p)-[:HAD_STANCE]->(:StanceChange {
  id: randomUUID(), accountId: $accountId, stance: $stance, at: datetime(), by: $by, note: $note
})
