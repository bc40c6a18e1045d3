package io.powermap.db;

import java.util.Map;
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

    /** Applies cypher/schema.cypher statement by statement; every statement is IF NOT EXISTS. */
    public static void applySchema(Database db, Queries q) {
        for (String statement : Queries.statements(q.get("schema"))) {
            db.autoCommit(statement);
        }
    }
}
