// Deletes up to $limit nodes of each kind of a half-imported account, one bounded transaction per call;
// the caller repeats until nothing is left, then deletes the account itself (purge-account).
MATCH (a:Account {id: $accountId}) WHERE a.importing = true
CALL (a) { MATCH (n:StanceChange {accountId: a.id}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS stances }
CALL (a) { MATCH (n:Person {accountId: a.id}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS people }
CALL (a) { MATCH (n:Org {accountId: a.id}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS orgs }
CALL (a) { MATCH (n:Competitor {accountId: a.id}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS competitors }
CALL (a) { MATCH (n:Opportunity {accountId: a.id}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS opportunities }
CALL (a) { MATCH (n:Interaction {accountId: a.id}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS interactions }
CALL (a) { MATCH (n:Action {accountId: a.id}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS actions }
CALL (a) { MATCH (n:VisitPlan {accountId: a.id}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS visits }
CALL (a) { MATCH (n:PlanTarget {accountId: a.id}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS targets }
RETURN stances + people + orgs + competitors + opportunities + interactions + actions + visits + targets AS deleted
