// The day of our last visit to the account: the newest DONE visit plan or VISIT interaction up to today.
CALL () {
  OPTIONAL MATCH (v:VisitPlan {accountId: $accountId})
  WHERE v.status = 'DONE' AND v.date <= date($today)
  RETURN max(v.date) AS planned
}
CALL () {
  OPTIONAL MATCH (i:Interaction {accountId: $accountId})
  WHERE i.kind = 'VISIT' AND i.date <= date($today)
  RETURN max(i.date) AS met
}
RETURN toString(CASE WHEN planned IS NULL OR (met IS NOT NULL AND met > planned) THEN met ELSE planned END) AS date
