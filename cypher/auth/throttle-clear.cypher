MATCH (t:LoginThrottle {key: $key})
DELETE t
