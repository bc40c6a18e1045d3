// The visit goes; its follow-up actions stay as account actions (only the FOLLOWS_UP link goes).
MATCH (v:VisitPlan {id: $id})
WHERE v.accountId = $accountId
DETACH DELETE v
