UNWIND $rows AS r
MATCH (p:Person {id: r.personId})
CREATE (p)-[:HAD_STANCE]->(:StanceChange {
  id: r.id, accountId: $accountId, stance: r.stance, at: r.at, by: r.by, note: r.note
})
