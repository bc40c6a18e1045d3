// One more failed sign-in for this username and address, in a fixed window.
MERGE (t:LoginThrottle {key: $key})
  ON CREATE SET t.windowStart = $now, t.failures = 0
WITH t, t.windowStart <= $now - $windowMillis AS expired
SET t.windowStart = CASE WHEN expired THEN $now ELSE t.windowStart END,
    t.failures = CASE WHEN expired THEN 1 ELSE t.failures + 1 END
RETURN t.failures AS failures, t.windowStart AS windowStart
