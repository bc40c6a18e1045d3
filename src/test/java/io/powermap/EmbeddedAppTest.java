package io.powermap;

import io.powermap.config.AppConfig;
import io.powermap.config.ConfigException;
import io.powermap.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default mode: Neo4j embedded in the app's JVM, reached through the same Driver code path. */
class EmbeddedAppTest {

    @TempDir
    Path dir;

    private AppConfig config(Path data, boolean demo, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        env.put("POWERMAP_DATA", data.toString());
        env.put("POWERMAP_PORT", "0");
        env.put("POWERMAP_BOLT_PORT", "0");
        env.put("POWERMAP_PAGECACHE", "32");
        env.put("POWERMAP_DEMO", String.valueOf(demo));
        env.put("POWERMAP_ADMIN_PASSWORD", io.powermap.support.TestApp.ADMIN_PASSWORD);
        env.putAll(extra);
        return AppConfig.from(new String[0], env);
    }

    @Test
    void embeddedHealthSeedsDemoOnceAndKeepsDataAcrossRestarts() {
        Path data = dir.resolve("./data"); // not normalised, as the default ./data is against the working directory
        String demoId;
        try (App app = App.start(config(data, true, Map.of()))) {
            Http http = new Http(app.port());
            Http.Response health = http.get("/api/health");
            assertEquals(200, health.status());
            assertEquals("embedded", health.json().get("database").asText());
            assertEquals(1, health.json().get("accounts").asLong());
            demoId = app.seededDemo().orElseThrow();
            Http.Response graph = http.get("/api/accounts/" + demoId + "/graph");
            assertTrue(graph.json().at("/elements/nodes").size() >= 80, "demo has at least 80 people");
            assertTrue(http.get("/").body().contains("/js/main.js"), "web app served at /");
            assertEquals(200, http.get("/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs").status());
        }
        try (App app = App.start(config(data, true, Map.of()))) {
            Http http = new Http(app.port());
            assertTrue(app.seededDemo().isEmpty(), "the second start does not seed again");
            assertEquals(1, http.get("/api/health").json().get("accounts").asLong());
            Http.Response deleted = http.delete("/api/accounts/" + demoId + "?confirm="
                    + java.net.URLEncoder.encode(http.get("/api/accounts/" + demoId).json().get("name").asText(),
                    java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(204, deleted.status());
        }
        try (App app = App.start(config(data, true, Map.of()))) {
            assertTrue(app.seededDemo().isEmpty(), "a deleted demo never comes back");
            assertEquals(0, new Http(app.port()).get("/api/health").json().get("accounts").asLong());
        }
    }

    @Test
    void busyHttpPortIsOneClearLine() throws Exception {
        try (ServerSocket busy = new ServerSocket(0)) {
            ConfigException e = assertThrows(ConfigException.class, () ->
                    App.start(config(dir.resolve("d1"), false, Map.of("POWERMAP_PORT", String.valueOf(busy.getLocalPort())))));
            assertTrue(e.getMessage().contains("POWERMAP_PORT"), e.getMessage());
        }
    }

    @Test
    void busyBoltPortIsOneClearLine() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 50, java.net.InetAddress.getByName("localhost"))) {
            ConfigException e = assertThrows(ConfigException.class, () ->
                    App.start(config(dir.resolve("d2"), false, Map.of("POWERMAP_BOLT_PORT", String.valueOf(busy.getLocalPort())))));
            assertTrue(e.getMessage().contains("POWERMAP_BOLT_PORT"), e.getMessage());
        }
    }

    @Test
    void unwritableDataDirIsOneClearLine() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        ConfigException e = assertThrows(ConfigException.class, () -> App.start(config(file.resolve("data"), false, Map.of())));
        assertTrue(e.getMessage().contains("POWERMAP_DATA"), e.getMessage());
    }

    @Test
    void unreachableServerIsOneClearLine() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ConfigException e = assertThrows(ConfigException.class, () ->
                App.start(config(dir.resolve("d3"), false, Map.of("NEO4J_URI", "bolt://localhost:" + closedPort))));
        assertTrue(e.getMessage().startsWith("cannot reach Neo4j at bolt://localhost:" + closedPort), e.getMessage());
    }

    @Test
    void badSettingsNameTheSetting() {
        ConfigException e = assertThrows(ConfigException.class, () -> AppConfig.from(new String[]{"--port", "seventy"}, Map.of()));
        assertTrue(e.getMessage().contains("POWERMAP_PORT"), e.getMessage());
        ConfigException unknown = assertThrows(ConfigException.class, () -> AppConfig.from(new String[]{"--prot", "1"}, Map.of()));
        assertTrue(unknown.getMessage().contains("unknown option --prot"), unknown.getMessage());
        AppConfig flags = AppConfig.from(new String[]{"--port=8080", "--demo", "false"}, Map.of("POWERMAP_PORT", "9090"));
        assertEquals(8080, flags.port(), "a flag beats the environment");
        assertEquals(false, flags.seedDemo());
        assertEquals(java.util.Optional.empty(), flags.fontDir());
        ConfigException fonts = assertThrows(ConfigException.class, () -> AppConfig.from(new String[0], Map.of("POWERMAP_FONT_DIR", "/no/such/fonts")));
        assertEquals("--font-dir / POWERMAP_FONT_DIR must be a readable directory, got '/no/such/fonts'", fonts.getMessage());
        assertEquals(java.nio.file.Path.of("/tmp"), AppConfig.from(new String[]{"--font-dir", "/tmp"}, Map.of()).fontDir().orElseThrow());
    }
}
