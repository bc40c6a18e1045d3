package io.powermap.health;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.App;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HealthTest {

    @Test
    void remoteModeReportsUpWithVersionAndAccountCount() {
        TestNeo4j.clear();
        try (App app = TestApp.remote(false)) {
            Http http = new Http(app.port());
            http.post("/api/accounts", Map.of("name", "Acme Telecom"));
            Http.Response r = http.get("/api/health");
            assertEquals(200, r.status());
            JsonNode body = r.json();
            assertEquals("UP", body.get("status").asText());
            assertEquals("remote", body.get("database").asText());
            assertTrue(body.get("neo4jVersion").asText().startsWith("5."), body.toString());
            assertEquals(1, body.get("accounts").asLong());
        }
    }

    @Test
    void downWith503WhenTheDatabaseGoesAway() {
        Neo4j own = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("localhost", 0))
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                .build();
        try (App app = TestApp.remote(false, Map.of("NEO4J_URI", own.boltURI().toString()))) {
            Http http = new Http(app.port());
            assertEquals(200, http.get("/api/health").status());
            own.close();
            Http.Response down = http.get("/api/health");
            assertEquals(503, down.status());
            assertEquals("DOWN", down.json().get("status").asText());
            Http.Response accounts = http.get("/api/accounts");
            assertEquals(503, accounts.status());
            assertTrue(accounts.contentType().startsWith("application/problem+json"), accounts.contentType());
        }
    }
}
