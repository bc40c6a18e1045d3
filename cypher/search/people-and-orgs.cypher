// The index is eventually consistent: wait for committed updates not yet applied (instant when none are).
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
CALL db.index.fulltext.queryNodes('people_and_orgs_search', $query) YIELD node, score
WHERE node.accountId = $accountId
WITH node, score ORDER BY score DESC, node.name LIMIT $limit
RETURN {id: node.id, type: CASE WHEN node:Person THEN 'person' ELSE 'org' END, name: node.name,
        title: CASE WHEN node:Person THEN node.title ELSE node.kind END, score: score} AS row
