package io.powermap.support;

import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import java.time.Duration;

/**
 * One Neo4j harness per test JVM, with Bolt on a free localhost port: tests reach it the way the
 * app reaches a server (NEO4J_URI), proving the remote path. Each test clears the data it needs.
 */
public final class TestNeo4j {

    private static Neo4j neo4j;
    private static Driver driver;

    private TestNeo4j() {}

    public static synchronized Neo4j instance() {
        if (neo4j == null) {
            neo4j = Neo4jBuilders.newInProcessBuilder()
                    .withDisabledServer()
                    .withConfig(BoltConnector.enabled, true)
                    .withConfig(BoltConnector.listen_address, new SocketAddress("localhost", 0))
                    .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                    .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                    .build();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (driver != null) {
                    driver.close();
                }
                neo4j.close();
            }));
        }
        return neo4j;
    }

    public static String boltUri() {
        return instance().boltURI().toString();
    }

    /** A driver for test assertions and setup, separate from the app's own. */
    public static synchronized Driver driver() {
        if (driver == null) {
            driver = GraphDatabase.driver(boltUri(), AuthTokens.none());
        }
        return driver;
    }

    /**
     * Deletes all data but the users with their sessions and API tokens, so signed-in test clients
     * stay signed in (memberships go with their accounts).
     */
    public static void clear() {
        try (var session = driver().session()) {
            session.run("MATCH (n) WHERE NOT (n:User OR n:Session OR n:ApiToken) "
                    + "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume();
        }
    }

    /** Deletes everything, users included (the next app start creates the admin again). */
    public static void clearAll() {
        try (var session = driver().session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume();
        }
    }

    /** Nodes of the product's data, leaving out users, sessions, tokens and the security log. */
    public static final String DATA_NODES =
            "MATCH (n) WHERE NOT (n:User OR n:Session OR n:ApiToken OR n:SecurityEvent OR n:LoginThrottle) RETURN count(n)";

    public static long count(String cypher) {
        try (var session = driver().session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    /**
     * Returns once some transaction waits for a lock (the request a test started against a lock its own open
     * transaction holds), so the test goes on when the race is set up rather than after a guessed sleep.
     */
    public static void awaitBlockedTransaction() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (count("SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*)") == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no transaction waited for a lock within 30 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
