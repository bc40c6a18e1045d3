// Replaces every mention of the erased person's name in the account's free texts with "[erased]".
CALL {
  MATCH (i:Interaction {accountId: $accountId}) WHERE i.summary CONTAINS $name
  SET i.summary = replace(i.summary, $name, '[erased]')
  RETURN count(i) AS n
  UNION ALL
  MATCH (x:Action {accountId: $accountId}) WHERE x.title CONTAINS $name OR x.notes CONTAINS $name
  SET x.title = replace(x.title, $name, '[erased]'), x.notes = replace(x.notes, $name, '[erased]'),
      x.version = coalesce(x.version, 1) + 1
  RETURN count(x) AS n
  UNION ALL
  MATCH (v:VisitPlan {accountId: $accountId}) WHERE v.objective CONTAINS $name
  SET v.objective = replace(v.objective, $name, '[erased]'), v.version = coalesce(v.version, 1) + 1
  RETURN count(v) AS n
  UNION ALL
  MATCH (o:Person {accountId: $accountId}) WHERE o.id <> $personId AND (o.notes CONTAINS $name OR o.title CONTAINS $name)
  SET o.notes = replace(o.notes, $name, '[erased]'), o.title = replace(o.title, $name, '[erased]'),
      o.version = coalesce(o.version, 1) + 1
  RETURN count(o) AS n
  UNION ALL
  MATCH (s:StanceChange {accountId: $accountId}) WHERE s.note CONTAINS $name
  SET s.note = replace(s.note, $name, '[erased]')
  RETURN count(s) AS n
  UNION ALL
  MATCH (t:PlanTarget {accountId: $accountId}) WHERE t.note CONTAINS $name
  SET t.note = replace(t.note, $name, '[erased]'), t.version = coalesce(t.version, 1) + 1
  RETURN count(t) AS n
  UNION ALL
  MATCH (a:Account {id: $accountId}) WHERE a.notes CONTAINS $name
  SET a.notes = replace(a.notes, $name, '[erased]')
  RETURN count(a) AS n
}
RETURN sum(n) AS redacted
