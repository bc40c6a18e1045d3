// Emails are stored lower-case (as the import stores them), so this is a case-insensitive lookup.
OPTIONAL MATCH (s:Staff {email: $email})
RETURN s.id AS id
