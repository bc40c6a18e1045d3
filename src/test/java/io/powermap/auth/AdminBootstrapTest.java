package io.powermap.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.App;
import io.powermap.config.ConfigException;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first admin: a generated password when none is configured, created once, never changed by later starts. */
class AdminBootstrapTest {

    private static Neo4j own;

    @BeforeAll
    static void start() {
        own = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("localhost", 0))
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                .build();
    }

    @AfterAll
    static void stop() {
        own.close();
    }

    @Test
    void aGeneratedPasswordOnceThenNeverAgainAndTheAdminOwnsTheDemo() {
        Map<String, String> env = Map.of("NEO4J_URI", own.boltURI().toString(), "POWERMAP_ADMIN_PASSWORD", "");
        String generated;
        String demoId;
        try (App app = TestApp.remote(true, env)) {
            generated = app.generatedAdminPassword().orElseThrow();
            assertTrue(generated.length() >= 20, generated);
            demoId = app.seededDemo().orElseThrow();
            Http admin = Http.as(app.port(), "admin", generated);
            JsonNode me = admin.get("/api/me").json();
            assertTrue(me.get("admin").asBoolean());
            assertEquals(demoId, me.at("/memberships/0/accountId").asText());
            assertEquals("OWNER", me.at("/memberships/0/role").asText(), "the admin owns the demo account");
        }
        Map<String, String> again = Map.of("NEO4J_URI", own.boltURI().toString(), "POWERMAP_ADMIN_PASSWORD", "Another-Chief-Pass-9");
        try (App app = TestApp.remote(true, again)) {
            assertTrue(app.generatedAdminPassword().isEmpty(), "no second password");
            assertEquals(401, Http.anonymous(app.port()).login("admin", "Another-Chief-Pass-9").status(),
                    "a later start does not change the admin's password");
            assertEquals(200, Http.anonymous(app.port()).login("admin", generated).status());
        }
    }

    @Test
    void aWeakConfiguredPasswordStopsTheStartWithOneLine() {
        Neo4j fresh = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("localhost", 0))
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                .build();
        try {
            ConfigException e = assertThrows(ConfigException.class, () -> TestApp.remote(false,
                    Map.of("NEO4J_URI", fresh.boltURI().toString(), "POWERMAP_ADMIN_PASSWORD", "admin")));
            assertTrue(e.getMessage().startsWith("POWERMAP_ADMIN_PASSWORD"), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"));
        } finally {
            fresh.close();
        }
    }
}
