// The audit entries privacy erasure rewrites: the person's own (their values go) and every other entry whose name
// or JSON values contain the name, plain or JSON-escaped (PrivacyRepository replaces it where it stands as a word).
MATCH (c:Change {accountId: $accountId})
WHERE c.entityId = $personId
   OR toLower(c.entityName) CONTAINS $lowerName OR toLower(c.before) CONTAINS $lowerName OR toLower(c.after) CONTAINS $lowerName
   OR toLower(c.before) CONTAINS $lowerJsonName OR toLower(c.after) CONTAINS $lowerJsonName
RETURN elementId(c) AS id, c.entityId = $personId AS own, c {.entityName, .before, .after} AS texts
