UNWIND $rows AS r
MATCH (p:Person {id: r.personId})
WHERE p.accountId = $accountId
SET p.stanceUpdatedAt = datetime()
CREATE (p)-[:HAD_STANCE]->(:StanceChange {
  id: randomUUID(), accountId: $accountId, stance: r.stance, at: datetime(), by: $by, note: r.note
})
