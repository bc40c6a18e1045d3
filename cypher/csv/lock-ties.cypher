// The account's influence ties, write-locked, keyed by their ends and kind for the ties CSV.
MATCH (a:Person {accountId: $accountId})-[t:INFLUENCES]->(b:Person)
SET t._lock = true
REMOVE t._lock
RETURN t {.id, from: a.id, to: b.id, .kind, .strength, .confidence, .source, since: toString(t.since),
          version: coalesce(t.version, 1)} AS row
