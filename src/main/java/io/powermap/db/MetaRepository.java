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
    private final Queries queries;

    public MetaRepository(Database db, Queries q) {
        this.db = db;
        this.queries = q;
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

    /**
     * Has Neo4j plan these queries of {@code cypher/} (EXPLAIN: nothing runs, nothing is written), so that
     * their first real run does not pay for planning and for compiling the planner.
     */
    public void plan(List<String> names) {
        for (String name : names) {
            String cypher = queries.get(name);
            db.write(tx -> tx.run("EXPLAIN " + cypher).consume());
        }
    }

    public long accountCount() {
        return db.read(tx -> tx.run(accounts).single().get("accounts").asLong());
    }

    private static final Pattern SCHEMA_NAME = Pattern.compile("(CREATE|DROP)\\s+(?:CONSTRAINT|(?:\\w+\\s+)?INDEX)\\s+(\\w+)");
    /** How long a start waits for indexes it created to be populated (a replaced index over existing data). */
    private static final long INDEX_WAIT_SECONDS = 600;

    /**
     * Applies cypher/schema.cypher: only the constraints and indexes not there yet, and only the drops of
     * objects still there (one look-up instead of a schema lock per statement on every start), each still
     * IF [NOT] EXISTS so two instances starting together cannot collide. When it created something, it
     * waits for it to be online, so a replaced index over existing data is searchable once the app is ready.
     */
    public static void applySchema(Database db, Queries q) {
        Set<String> existing = new HashSet<>();
        for (String names : List.of("meta/constraint-names", "meta/index-names")) {
            existing.addAll(db.read(tx -> tx.run(q.get(names)).list(r -> r.get("name").asString())));
        }
        boolean created = false;
        for (String statement : Queries.statements(q.get("schema"))) {
            Matcher m = SCHEMA_NAME.matcher(statement);
            boolean named = m.find();
            boolean create = !named || m.group(1).equals("CREATE");
            if (!named || create != existing.contains(m.group(2))) {
                db.autoCommit(statement);
                created |= create;
            }
        }
        if (created) {
            db.read(tx -> tx.run(q.get("meta/await-indexes"), Map.of("seconds", INDEX_WAIT_SECONDS)).consume());
        }
    }
}
