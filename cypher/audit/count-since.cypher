MATCH (c:Change)
WHERE c.accountId = $accountId AND c.at >= datetime($since)
RETURN count(c) AS total
