// Replaces every mention of the erased person's name in the account's free texts with "[erased]":
// every user-written string (and string list) of the account's nodes and relationships.
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
  MATCH (o:Person {accountId: $accountId})
  WHERE o.id <> $personId
    AND (o.notes CONTAINS $name OR o.title CONTAINS $name
         OR any(text IN coalesce(o.needsProfessional, []) + coalesce(o.needsPersonal, [])
                         + coalesce(o.criteriaNotes, []) + coalesce(o.tags, []) WHERE text CONTAINS $name))
  SET o.notes = replace(o.notes, $name, '[erased]'), o.title = replace(o.title, $name, '[erased]'),
      o.needsProfessional = [text IN o.needsProfessional | replace(text, $name, '[erased]')],
      o.needsPersonal = [text IN o.needsPersonal | replace(text, $name, '[erased]')],
      o.criteriaNotes = [text IN o.criteriaNotes | replace(text, $name, '[erased]')],
      o.tags = [text IN o.tags | replace(text, $name, '[erased]')],
      o.version = coalesce(o.version, 1) + 1
  RETURN count(o) AS n
  UNION ALL
  MATCH (a:Person {accountId: $accountId})-[t:INFLUENCES]->(:Person)
  WHERE a.id <> $personId AND t.source CONTAINS $name
  SET t.source = replace(t.source, $name, '[erased]'), t.version = coalesce(t.version, 1) + 1
  RETURN count(t) AS n
  UNION ALL
  MATCH (o:Person {accountId: $accountId})-[m:MEMBER_OF]->(:Org)
  WHERE o.id <> $personId AND m.title CONTAINS $name
  SET m.title = replace(m.title, $name, '[erased]'), o.version = coalesce(o.version, 1) + 1
  RETURN count(m) AS n
  UNION ALL
  MATCH (s:StanceChange {accountId: $accountId}) WHERE s.note CONTAINS $name
  SET s.note = replace(s.note, $name, '[erased]')
  RETURN count(s) AS n
  UNION ALL
  MATCH (t:PlanTarget {accountId: $accountId}) WHERE t.note CONTAINS $name
  SET t.note = replace(t.note, $name, '[erased]'), t.version = coalesce(t.version, 1) + 1
  RETURN count(t) AS n
  UNION ALL
  MATCH (o:Org {accountId: $accountId}) WHERE o.name CONTAINS $name
  SET o.name = replace(o.name, $name, '[erased]'), o.version = coalesce(o.version, 1) + 1
  RETURN count(o) AS n
  UNION ALL
  MATCH (o:Opportunity {accountId: $accountId}) WHERE o.name CONTAINS $name
  SET o.name = replace(o.name, $name, '[erased]'), o.version = coalesce(o.version, 1) + 1
  RETURN count(o) AS n
  UNION ALL
  MATCH (a:Account {id: $accountId}) WHERE a.notes CONTAINS $name OR a.name CONTAINS $name
  SET a.notes = replace(a.notes, $name, '[erased]'), a.name = replace(a.name, $name, '[erased]'),
      a.version = coalesce(a.version, 1) + 1
  RETURN count(a) AS n
}
RETURN sum(n) AS redacted
