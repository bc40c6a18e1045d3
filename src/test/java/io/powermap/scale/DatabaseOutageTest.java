package io.powermap.scale;

import io.powermap.App;
import io.powermap.config.AppConfig;
import io.powermap.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Remote mode with Neo4j gone for a while: requests fail fast with 503 problem+json (the driver retries
 * for 3 s), and the app recovers by itself when a server answers on the same Bolt port again.
 */
class DatabaseOutageTest {

    @TempDir
    Path dir;

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    private static Neo4j harness(Path dir, int boltPort) {
        return Neo4jBuilders.newInProcessBuilder(dir)
                .withDisabledServer()
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("localhost", boltPort))
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                .build();
    }

    @Test
    void requestsFailFastWith503WhileNeo4jIsDownAndTheAppRecoversWhenItReturns() throws Exception {
        int bolt = freePort();
        Neo4j first = harness(dir.resolve("first"), bolt);
        App app;
        try {
            app = App.start(AppConfig.from(new String[0], Map.of(
                    "NEO4J_URI", "bolt://localhost:" + bolt, "NEO4J_PASSWORD", "unused",
                    "POWERMAP_PORT", "0", "POWERMAP_DEMO", "false",
                    "POWERMAP_ADMIN_PASSWORD", io.powermap.support.TestApp.ADMIN_PASSWORD)));
        } catch (RuntimeException e) {
            first.close();
            throw e;
        }
        try {
            Http http = new Http(app.port());
            assertEquals(200, http.get("/api/accounts").status());

            first.close();

            long t0 = System.nanoTime();
            Http.Response down = http.get("/api/accounts");
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(503, down.status(), down.body());
            assertTrue(down.contentType().startsWith("application/problem+json"), down.contentType());
            assertEquals(503, down.json().get("status").asInt());
            System.out.printf("503 after %.2f s with Neo4j down%n", seconds);
            long t2 = System.nanoTime();
            assertEquals(503, http.get("/api/accounts").status());
            double again = (System.nanoTime() - t2) / 1e9;
            System.out.printf("again 503 after %.2f s%n", again);
            // The driver retries for at most 2 s (back-off 1 s, 2 s): the last attempt starts by ~3.6 s.
            assertTrue(seconds < 5.0, "failed in " + seconds + " s");
            assertTrue(again < 5.0, "failed in " + again + " s");

            Neo4j second = harness(dir.resolve("second"), bolt);
            try {
                long t1 = System.nanoTime();
                int status = 0;
                while (System.nanoTime() - t1 < Duration.ofSeconds(60).toNanos()) {
                    // The new server is an empty database (no users, no sessions), so the public health check
                    // shows the recovery; it reads Neo4j like any route.
                    status = Http.anonymous(app.port()).get("/api/health").status();
                    if (status == 200) {
                        break;
                    }
                    Thread.sleep(200);
                }
                assertEquals(200, status, "recovered by itself on the same Bolt port");
                System.out.printf("200 again %.2f s after the new server started%n", (System.nanoTime() - t1) / 1e9);
                assertEquals(401, Http.anonymous(app.port()).login("admin", io.powermap.support.TestApp.ADMIN_PASSWORD).status(),
                        "writes work again too: a failed sign-in (the empty database has no users) is counted and logged in Neo4j, not a 503");
                long failed = second.defaultDatabaseService().executeTransactionally(
                        "MATCH (e:SecurityEvent {type: 'LOGIN_FAILED'}) RETURN count(e) AS n", Map.of(),
                        r -> ((Number) r.next().get("n")).longValue());
                assertEquals(1L, failed);
            } finally {
                app.close();
                second.close();
            }
            app = null;
        } finally {
            if (app != null) {
                app.close();
            }
        }
    }
}
