package io.powermap.web.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.App;
import io.powermap.io.DemoSeeder;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The real app on the shared Neo4j harness, with the demo account (when its file is on the
 * classpath, or given by -Dpowermap.demoFile) and the small browser-test fixture imported.
 */
final class UiFixture implements AutoCloseable {

    final App app;
    final Http http;
    final String fixtureId;
    final String demoId;
    private final Map<String, String> ids = new HashMap<>();

    private UiFixture(App app, String fixtureId, String demoId) {
        this.app = app;
        this.http = new Http(app.port());
        this.fixtureId = fixtureId;
        this.demoId = demoId;
    }

    static boolean demoOnClasspath() {
        return UiFixture.class.getClassLoader().getResource(DemoSeeder.RESOURCE) != null;
    }

    static UiFixture start() {
        TestNeo4j.clear();
        boolean seeded = demoOnClasspath();
        App app = TestApp.remote(seeded);
        try {
            Http http = new Http(app.port());
            String demoId = app.seededDemo().orElse(null);
            String demoFile = System.getProperty("powermap.demoFile");
            if (demoId == null && demoFile != null && !demoFile.isBlank()) {
                demoId = importDocument(http, Files.readString(Path.of(demoFile)));
            }
            String fixtureId = importDocument(http, resource("/ui/fixture.json"));
            UiFixture f = new UiFixture(app, fixtureId, demoId);
            for (JsonNode n : http.get("/api/accounts/" + fixtureId + "/graph").json().at("/elements/nodes")) {
                f.ids.put(n.at("/data/externalId").asText(), n.at("/data/id").asText());
            }
            return f;
        } catch (IOException | RuntimeException e) {
            app.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    static String importDocument(Http http, String json) {
        Http.Response r = http.post("/api/import", json);
        assertEquals(201, r.status(), r.body());
        return r.json().get("accountId").asText();
    }

    static String resource(String name) {
        try (InputStream in = UiFixture.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The app id of a fixture person by their file id (e.g. "p-cto"). */
    String person(String externalId) {
        String id = ids.get(externalId);
        if (id == null) {
            throw new IllegalArgumentException("no fixture person " + externalId);
        }
        return id;
    }

    /** False while a colleague's API has not landed on this build: GET answers "Endpoint ... not found". */
    boolean apiExists(String path) {
        Http.Response r = http.get(path);
        return !((r.status() == 404 && r.body().contains("Endpoint ")) || r.status() == 405);
    }

    @Override
    public void close() {
        app.close();
    }
}
