package io.powermap.graph;

import io.powermap.db.Database;
import io.powermap.db.Queries;

import java.util.List;
import java.util.Map;

/** Full-text search over people and orgs (names and titles), filtered to one account. */
public final class SearchRepository {

    public record Hit(String id, String type, String name, String title, double score) {}

    private final Database db;
    private final String query;

    public SearchRepository(Database db, Queries q) {
        this.db = db;
        this.query = q.get("search/people-and-orgs");
    }

    public List<Hit> search(String accountId, String luceneQuery, int limit) {
        return db.read(tx -> tx.run(query, Map.of("accountId", accountId, "query", luceneQuery, "limit", limit))
                .list(r -> {
                    Map<String, Object> row = r.get("row").asMap();
                    return new Hit((String) row.get("id"), (String) row.get("type"), (String) row.get("name"),
                            (String) row.get("title"), ((Number) row.get("score")).doubleValue());
                }));
    }

    /**
     * Turns what a user typed into a safe Lucene query: every Lucene operator is escaped, and each
     * word matches as a prefix, so "wan jian" finds "Wang Jianguo". Words are lower-cased, which
     * also keeps a typed AND, OR or NOT from being read as an operator.
     */
    public static String luceneQuery(String typed) {
        StringBuilder sb = new StringBuilder();
        for (String word : typed.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            StringBuilder escaped = new StringBuilder();
            for (char ch : word.toCharArray()) {
                if ("+-&|!(){}[]^\"~*?:\\/".indexOf(ch) >= 0) {
                    escaped.append('\\');
                }
                escaped.append(ch);
            }
            if (!sb.isEmpty()) {
                sb.append(" AND ");
            }
            sb.append('(').append(escaped).append(" OR ").append(escaped).append("*)");
        }
        return sb.toString();
    }
}
