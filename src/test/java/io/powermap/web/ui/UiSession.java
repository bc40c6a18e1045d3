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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One real app (on the shared Neo4j harness) and one headless Chromium for all UI test classes, so
 * the suite pays their start-up once. Each class imports its own copy of the fixture account, so
 * edits in one class never disturb another; accounts are re-created if another test cleared the database.
 */
final class UiSession {

    private static UiSession instance;

    final App app;
    final Http http;
    final Browser browser;

    private UiSession(App app, Browser browser) {
        this.app = app;
        this.http = new Http(app.port());
        this.browser = browser;
    }

    static synchronized UiSession get() {
        Browser.requireInstalled();
        if (instance == null) {
            TestNeo4j.clear();
            App app = TestApp.remote(false);
            Browser browser;
            try {
                browser = Browser.open(app.port(), 1366, 768);
            } catch (RuntimeException e) {
                app.close();
                throw e;
            }
            instance = new UiSession(app, browser);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    instance.browser.close();
                } finally {
                    instance.app.close();
                }
            }));
        }
        return instance;
    }

    /** A fresh copy of the small browser-test fixture account. */
    Fixture fixture() {
        return fixture("Test Fixture Telecom");
    }

    /** A fresh copy of the fixture account under another name (to tell two copies apart on the page). */
    Fixture fixture(String accountName) {
        String id = importDocument(resource("/ui/fixture.json").replace("\"Test Fixture Telecom\"", Http.JSON.valueToTree(accountName).toString()));
        Map<String, String> ids = new HashMap<>();
        for (JsonNode n : http.get("/api/accounts/" + id + "/graph").json().at("/elements/nodes")) {
            ids.put(n.at("/data/externalId").asText(), n.at("/data/id").asText());
        }
        return new Fixture(id, ids);
    }

    /** The demo account (the file the app seeds on a first start, in src/main/resources). */
    String demo() {
        for (JsonNode a : http.get("/api/accounts").json()) {
            if (a.get("name").asText().equals("Orion Telecom Group")) {
                return a.get("id").asText();
            }
        }
        return importDocument(resource("/" + DemoSeeder.RESOURCE));
    }

    String importDocument(String json) {
        Http.Response r = http.post("/api/import", json);
        assertEquals(201, r.status(), r.body());
        return r.json().get("accountId").asText();
    }

    static String resource(String name) {
        try (InputStream in = UiSession.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One imported copy of the fixture: its account id and its people's ids by file id. */
    record Fixture(String accountId, Map<String, String> ids) {
        String person(String externalId) {
            String id = ids.get(externalId);
            if (id == null) {
                throw new IllegalArgumentException("no fixture person " + externalId);
            }
            return id;
        }
    }

    /** Plans a visit of the fixture's account through the API (no staff yet); answers its id. */
    String planVisit(Fixture f, String date, String objective, String... targets) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date);
        body.put("objective", objective);
        body.put("status", "PLANNED");
        body.put("staffIds", List.of());
        body.put("targetIds", Arrays.stream(targets).map(f::person).toList());
        Http.Response created = http.post("/api/accounts/" + f.accountId() + "/visits", body);
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").asText();
    }
}
