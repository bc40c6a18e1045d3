package io.powermap.health;

import io.powermap.db.Database;
import io.powermap.db.Queries;
import org.neo4j.driver.Record;

/** Asks Neo4j for its version and the number of accounts. */
public final class HealthRepository {

    public record DbStatus(String neo4jVersion, String edition, long accounts) {}

    private final Database db;
    private final String status;

    public HealthRepository(Database db, Queries queries) {
        this.db = db;
        this.status = queries.get("health/status");
    }

    public DbStatus status() {
        return db.read(tx -> {
            Record r = tx.run(status).single();
            return new DbStatus(r.get("version").asString(), r.get("edition").asString(), r.get("accounts").asLong());
        });
    }
}
