// Writes back the texts PrivacyRepository redacted (privacy/mentions, privacy/audit-mentions): $nodes and $rels are
// lists of {id, texts, versioned}, element ids read in this same transaction; a versioned entity's version counts up.
CALL {
  UNWIND $nodes AS u
  MATCH (n) WHERE elementId(n) = u.id
  SET n += u.texts, n.version = CASE WHEN u.versioned THEN coalesce(n.version, 1) + 1 ELSE n.version END
  RETURN count(n) AS written
  UNION ALL
  UNWIND $rels AS u
  MATCH ()-[r]->() WHERE elementId(r) = u.id
  SET r += u.texts, r.version = CASE WHEN u.versioned THEN coalesce(r.version, 1) + 1 ELSE r.version END
  RETURN count(r) AS written
}
RETURN sum(written) AS written
