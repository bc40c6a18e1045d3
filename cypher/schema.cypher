// Applied statement by statement at every start; IF NOT EXISTS keeps it idempotent.
CREATE CONSTRAINT account_id IF NOT EXISTS FOR (n:Account) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT org_id IF NOT EXISTS FOR (n:Org) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT staff_id IF NOT EXISTS FOR (n:Staff) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT staff_email IF NOT EXISTS FOR (n:Staff) REQUIRE n.email IS UNIQUE;
CREATE CONSTRAINT competitor_id IF NOT EXISTS FOR (n:Competitor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT opportunity_id IF NOT EXISTS FOR (n:Opportunity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT interaction_id IF NOT EXISTS FOR (n:Interaction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT action_id IF NOT EXISTS FOR (n:Action) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT visit_id IF NOT EXISTS FOR (n:VisitPlan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT stance_change_id IF NOT EXISTS FOR (n:StanceChange) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT plan_target_id IF NOT EXISTS FOR (n:PlanTarget) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT import_job_id IF NOT EXISTS FOR (n:ImportJob) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (n:Meta) REQUIRE n.key IS UNIQUE;
CREATE INDEX org_account IF NOT EXISTS FOR (n:Org) ON (n.accountId);
CREATE INDEX person_account IF NOT EXISTS FOR (n:Person) ON (n.accountId);
CREATE INDEX competitor_account IF NOT EXISTS FOR (n:Competitor) ON (n.accountId);
CREATE INDEX opportunity_account IF NOT EXISTS FOR (n:Opportunity) ON (n.accountId);
CREATE INDEX interaction_account IF NOT EXISTS FOR (n:Interaction) ON (n.accountId);
CREATE INDEX action_account IF NOT EXISTS FOR (n:Action) ON (n.accountId);
CREATE INDEX visit_account IF NOT EXISTS FOR (n:VisitPlan) ON (n.accountId);
CREATE INDEX plan_target_account IF NOT EXISTS FOR (n:PlanTarget) ON (n.accountId);
CREATE INDEX stance_change_account IF NOT EXISTS FOR (n:StanceChange) ON (n.accountId);
CREATE INDEX change_account_at IF NOT EXISTS FOR (n:Change) ON (n.accountId, n.at);
// The graph's snapshots read "the account's changes after state N" (graph/changes-since).
CREATE INDEX change_account_seq IF NOT EXISTS FOR (n:Change) ON (n.accountId, n.seq);
CREATE INDEX account_name IF NOT EXISTS FOR (n:Account) ON (n.name);
CREATE INDEX org_name IF NOT EXISTS FOR (n:Org) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX staff_name IF NOT EXISTS FOR (n:Staff) ON (n.name);
// Eventually consistent: Lucene is updated after the commit instead of inside it, so writes do not wait
// for it; search/people-and-orgs waits for pending updates first, so a search still sees every committed
// write. It replaced the transactional people_and_orgs (an index's config cannot change in place).
DROP INDEX people_and_orgs IF EXISTS;
CREATE FULLTEXT INDEX people_and_orgs_search IF NOT EXISTS FOR (n:Person|Org) ON EACH [n.name, n.title]
  OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CREATE INDEX influence_id IF NOT EXISTS FOR ()-[t:INFLUENCES]-() ON (t.id);
CREATE CONSTRAINT layout_key IF NOT EXISTS FOR (n:Layout) REQUIRE n.key IS UNIQUE;
CREATE INDEX layout_account IF NOT EXISTS FOR (n:Layout) ON (n.accountId);
CREATE INDEX import_job_account IF NOT EXISTS FOR (n:ImportJob) ON (n.accountId);
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (n:User) REQUIRE n.username IS UNIQUE;
CREATE CONSTRAINT session_id IF NOT EXISTS FOR (n:Session) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT session_token IF NOT EXISTS FOR (n:Session) REQUIRE n.tokenHash IS UNIQUE;
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.tokenHash IS UNIQUE;
CREATE CONSTRAINT login_throttle_key IF NOT EXISTS FOR (n:LoginThrottle) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT security_event_id IF NOT EXISTS FOR (n:SecurityEvent) REQUIRE n.id IS UNIQUE;
CREATE INDEX session_expiry IF NOT EXISTS FOR (n:Session) ON (n.expiresAt);
CREATE INDEX security_event_at IF NOT EXISTS FOR (n:SecurityEvent) ON (n.at);
