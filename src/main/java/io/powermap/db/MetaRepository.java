package io.powermap.db;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;

/** Small facts about the database itself (e.g. that it was initialised), kept in (:Meta) nodes. */
public final class MetaRepository {

    private final Database db;
    private final String get;
    private final String put;
    private final String accounts;

    public MetaRepository(Database db, Queries q) {
        this.db = db;
        this.get = q.get("meta/get");
        this.put = q.get("meta/put");
        this.accounts = q.get("meta/account-count");
    }

    public Optional<String> get(String key) {
        return db.read(tx -> tx.run(get, Map.of("key", key)).list(r -> r.get("value").asString()).stream().findFirst());
    }

    public void put(String key, String value) {
        db.write(tx -> tx.run(put, Map.of("key", key, "value", value)).consume());
    }

    public long accountCount() {
        return db.read(tx -> tx.run(accounts).single().get("accounts").asLong());
    }

    private static final Pattern SCHEMA_NAME = Pattern.compile("CREATE\\s+(?:CONSTRAINT|(?:\\w+\\s+)?INDEX)\\s+(\\w+)");

    /**
     * Applies cypher/schema.cypher: only the constraints and indexes not there yet (one look-up
     * instead of a schema lock per statement on every start), each still IF NOT EXISTS so two
     * instances starting together cannot collide.
     */
    public static void applySchema(Database db, Queries q) {
        Set<String> existing = new HashSet<>();
        for (String names : List.of("meta/constraint-names", "meta/index-names")) {
            existing.addAll(db.read(tx -> tx.run(q.get(names)).list(r -> r.get("name").asString())));
        }
        for (String statement : Queries.statements(q.get("schema"))) {
            Matcher m = SCHEMA_NAME.matcher(statement);
            if (!m.find() || !existing.contains(m.group(1))) {
                db.autoCommit(statement);
            }
        }
    }
}
