// The person's own audit entries lose their values; other entries lose the name (plain and as JSON-escaped).
MATCH (c:Change {accountId: $accountId})
WHERE c.entityId = $personId
   OR c.entityName CONTAINS $name OR c.before CONTAINS $name OR c.after CONTAINS $name
   OR c.before CONTAINS $jsonName OR c.after CONTAINS $jsonName
WITH c, c.entityId = $personId AS own
SET c.entityName = CASE WHEN own THEN '[erased]' ELSE replace(c.entityName, $name, '[erased]') END,
    c.before = CASE WHEN c.before IS NULL THEN null WHEN own THEN '{"redacted":true}'
                    ELSE replace(replace(c.before, $jsonName, '[erased]'), $name, '[erased]') END,
    c.after = CASE WHEN c.after IS NULL THEN null WHEN own THEN '{"redacted":true}'
                   ELSE replace(replace(c.after, $jsonName, '[erased]'), $name, '[erased]') END
RETURN count(c) AS redacted
