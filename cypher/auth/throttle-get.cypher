MATCH (t:LoginThrottle {key: $key})
WHERE t.windowStart > $now - $windowMillis
RETURN t.failures AS failures, t.windowStart AS windowStart
