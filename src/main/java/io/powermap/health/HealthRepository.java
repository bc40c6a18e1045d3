package io.powermap.health;

import io.powermap.db.Database;
import io.powermap.db.Queries;
import org.neo4j.driver.Record;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

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
            return new DbStatus(version(r.get("version").asString()), r.get("edition").asString(), r.get("accounts").asLong());
        });
    }

    /**
     * Embedded Neo4j inside the fat jar reports "dev" (its own manifest is gone after shading); the
     * library's Maven metadata, kept in the jar, still knows the real version.
     */
    static String version(String reported) {
        if (reported != null && !reported.isBlank() && !reported.equals("dev")) {
            return reported;
        }
        try (InputStream in = HealthRepository.class.getResourceAsStream("/META-INF/maven/org.neo4j/neo4j-kernel/pom.properties")) {
            if (in == null) {
                return reported;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", reported);
        } catch (IOException e) {
            return reported;
        }
    }
}
