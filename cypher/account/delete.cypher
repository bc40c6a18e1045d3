// Everything scoped to the account goes with it (index lookups per label); the audit log stays,
// and staff stay too (they are ours), leaving only the account's team.
MATCH (a:Account {id: $id})
// The account's write lock before the scans: creates take it before creating (db/AccountLock), so none
// can commit a node between a scan below and this delete's commit. A person's edit records its stance
// change under the person's lock only: StanceChange is scanned after the people, whose locks this holds.
SET a._lock = true
REMOVE a._lock
WITH a
CALL (a) { MATCH (n:Person {accountId: a.id}) DETACH DELETE n }
CALL (a) { MATCH (n:Org {accountId: a.id}) DETACH DELETE n }
CALL (a) { MATCH (n:Competitor {accountId: a.id}) DETACH DELETE n }
CALL (a) { MATCH (n:Opportunity {accountId: a.id}) DETACH DELETE n }
CALL (a) { MATCH (n:Interaction {accountId: a.id}) DETACH DELETE n }
CALL (a) { MATCH (n:Action {accountId: a.id}) DETACH DELETE n }
CALL (a) { MATCH (n:VisitPlan {accountId: a.id}) DETACH DELETE n }
CALL (a) { MATCH (n:PlanTarget {accountId: a.id}) DETACH DELETE n }
CALL (a) { MATCH (n:StanceChange {accountId: a.id}) DETACH DELETE n }
CALL (a) { MATCH (n:Layout {accountId: a.id}) DETACH DELETE n }
DETACH DELETE a
