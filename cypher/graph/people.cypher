// One row per person (all of the account, or only $personIds) with everything the map styles on.
// With an opportunity the roles are that deal's chain (ROLE_IN) alone, as the analysis counts them; the
// last contact is on or before $today (a meeting entered ahead is not one yet), as in the analysis: the app's date,
// which is part of the answer's cache key, so the map moves on at midnight as the analysis does.
// COLLECT subqueries instead of CALL blocks with aggregation: the same lists, about a quarter less
// server-side execution (BENCHMARKS.md, graph endpoint).
MATCH (p:Person {accountId: $accountId})
WHERE $personIds IS NULL OR p.id IN $personIds
OPTIONAL MATCH (p)-[deal:ROLE_IN]->(:Opportunity {id: $opportunityId})
WITH p, deal,
  COLLECT { MATCH (p)-[m:MEMBER_OF]->(o:Org) WITH m, o ORDER BY m.position RETURN [o.id, o.name] } AS orgs,
  COLLECT { MATCH (s:Staff)-[own:OWNS]->(p) WITH s, own ORDER BY own.priority, s.name RETURN [s.name, own.priority] } AS owns,
  COLLECT { MATCH (p)-[:ALIGNED_WITH]->(c:Competitor) WHERE c.name IS NOT NULL RETURN c.name ORDER BY c.name } AS competitors,
  COLLECT { MATCH (p)-[:ATTENDED]->(i:Interaction) WHERE i.date <= $today
            RETURN i.date ORDER BY i.date DESC LIMIT 1 }[0] AS lastInteraction,
  COLLECT { MATCH (:Staff)-[k:KNOWS]->(p) WHERE k.lastContact <= $today
            RETURN k.lastContact ORDER BY k.lastContact DESC LIMIT 1 }[0] AS lastKnown
WITH p, deal, [x IN orgs WHERE x[0] IS NOT NULL | x[0]] AS orgIds, [x IN orgs WHERE x[1] IS NOT NULL | x[1]] AS orgNames,
     owns, competitors,
     CASE WHEN lastKnown IS NULL OR lastInteraction >= lastKnown THEN lastInteraction ELSE lastKnown END AS lastContact
ORDER BY p.name, p.id
RETURN p {
  .id, .externalId, .name, .title, .rank, .stance, .risingStar, .onOrgChart, .version, .tags,
  decisionRole: CASE WHEN $opportunityId IS NULL THEN p.decisionRole ELSE deal.decisionRole END,
  hiddenRole: coalesce(deal.hidden, false),
  orgId: head(orgIds), orgIds: orgIds, orgName: head(orgNames),
  owners: [x IN owns WHERE x[0] IS NOT NULL | x[0]], hasFirstOwner: any(x IN owns WHERE x[1] = 'FIRST'),
  competitors: competitors,
  lastContact: toString(lastContact)
} AS row
