// Every user-written string (and string list) of the account that contains the erased person's name in any letter
// case ($lowerName), with what
// writing it back must also do: PrivacyRepository replaces the name where it stands as a word (Redaction) and
// writes the changed texts with privacy/redact. Rows: the node's or relationship's element id (valid inside this
// transaction only), the texts by property, whether its version counts up, and for a membership its person's.
CALL {
  MATCH (i:Interaction {accountId: $accountId}) WHERE toLower(i.summary) CONTAINS $lowerName
  RETURN elementId(i) AS node, null AS rel, i {.summary} AS texts, false AS versioned
  UNION ALL
  MATCH (x:Action {accountId: $accountId}) WHERE toLower(x.title) CONTAINS $lowerName OR toLower(x.notes) CONTAINS $lowerName
  RETURN elementId(x) AS node, null AS rel, x {.title, .notes} AS texts, true AS versioned
  UNION ALL
  MATCH (v:VisitPlan {accountId: $accountId}) WHERE toLower(v.objective) CONTAINS $lowerName
  RETURN elementId(v) AS node, null AS rel, v {.objective} AS texts, true AS versioned
  UNION ALL
  MATCH (o:Person {accountId: $accountId})
  WHERE o.id <> $personId
    AND (toLower(o.notes) CONTAINS $lowerName OR toLower(o.title) CONTAINS $lowerName
         OR any(text IN coalesce(o.needsProfessional, []) + coalesce(o.needsPersonal, [])
                         + coalesce(o.criteriaNotes, []) + coalesce(o.tags, []) WHERE toLower(text) CONTAINS $lowerName))
  RETURN elementId(o) AS node, null AS rel,
         o {.notes, .title, .needsProfessional, .needsPersonal, .criteriaNotes, .tags} AS texts, true AS versioned
  UNION ALL
  MATCH (a:Person {accountId: $accountId})-[t:INFLUENCES]->(:Person)
  WHERE a.id <> $personId AND toLower(t.source) CONTAINS $lowerName
  RETURN null AS node, elementId(t) AS rel, t {.source} AS texts, true AS versioned
  UNION ALL
  // A membership's title is part of its person: the person's version counts up.
  MATCH (o:Person {accountId: $accountId})-[m:MEMBER_OF]->(:Org)
  WHERE o.id <> $personId AND toLower(m.title) CONTAINS $lowerName
  RETURN elementId(o) AS node, elementId(m) AS rel, m {.title} AS texts, true AS versioned
  UNION ALL
  MATCH (s:StanceChange {accountId: $accountId}) WHERE toLower(s.note) CONTAINS $lowerName
  RETURN elementId(s) AS node, null AS rel, s {.note} AS texts, false AS versioned
  UNION ALL
  MATCH (t:PlanTarget {accountId: $accountId}) WHERE toLower(t.note) CONTAINS $lowerName
  RETURN elementId(t) AS node, null AS rel, t {.note} AS texts, true AS versioned
  UNION ALL
  MATCH (o:Org {accountId: $accountId}) WHERE toLower(o.name) CONTAINS $lowerName
  RETURN elementId(o) AS node, null AS rel, o {.name} AS texts, true AS versioned
  UNION ALL
  MATCH (o:Opportunity {accountId: $accountId}) WHERE toLower(o.name) CONTAINS $lowerName
  RETURN elementId(o) AS node, null AS rel, o {.name} AS texts, true AS versioned
  UNION ALL
  MATCH (a:Account {id: $accountId}) WHERE toLower(a.notes) CONTAINS $lowerName OR toLower(a.name) CONTAINS $lowerName
  RETURN elementId(a) AS node, null AS rel, a {.notes, .name} AS texts, true AS versioned
}
RETURN node, rel, texts, versioned
