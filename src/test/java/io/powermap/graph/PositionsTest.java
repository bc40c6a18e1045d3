package io.powermap.graph;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.App;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET/PUT /api/accounts/{id}/positions/{view}: saved per account and view, validated, account-scoped. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PositionsTest {

    private App app;
    private Http http;
    private String accountId;
    private JsonNode graph;

    @BeforeAll
    void start() throws IOException {
        TestNeo4j.clear();
        app = TestApp.remote(false);
        http = new Http(app.port());
        String fixture;
        try (InputStream in = getClass().getResourceAsStream("/ui/fixture.json")) {
            fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Http.Response imported = http.post("/api/import", fixture);
        assertEquals(201, imported.status(), imported.body());
        accountId = imported.json().get("accountId").asText();
        graph = http.get("/api/accounts/" + accountId + "/graph").json();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private String person(int i) {
        return graph.at("/elements/nodes/" + i + "/data/id").asText();
    }

    private String path(String view) {
        return "/api/accounts/" + accountId + "/positions/" + view;
    }

    @Test
    void nothingSavedYetIsAnEmptyMap() {
        Http.Response r = http.get(path("all"));
        assertEquals(200, r.status(), r.body());
        assertEquals("all", r.json().get("view").asText());
        assertTrue(r.json().get("updatedAt").isNull());
        assertEquals(0, r.json().get("positions").size());
    }

    @Test
    void putReplacesAndGetReturnsPerView() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put(person(0), Map.of("x", 10, "y", -20.5));
        first.put(person(1), Map.of("x", 300.25, "y", 40));
        Http.Response put = http.put(path("formal"), Map.of("positions", first));
        assertEquals(200, put.status(), put.body());
        assertEquals(2, put.json().get("positions").size());

        JsonNode got = http.get(path("formal")).json();
        assertEquals(10.0, got.at("/positions/" + person(0) + "/x").asDouble());
        assertEquals(-20.5, got.at("/positions/" + person(0) + "/y").asDouble());
        assertEquals(300.25, got.at("/positions/" + person(1) + "/x").asDouble());
        assertTrue(!got.get("updatedAt").isNull());

        // Another view is independent.
        assertEquals(0, http.get(path("influence")).json().get("positions").size());

        // A second PUT replaces the first; ids that are not people of this account are dropped.
        Map<String, Object> second = new LinkedHashMap<>();
        second.put(person(2), Map.of("x", 1, "y", 2));
        second.put("no-such-person", Map.of("x", 1, "y", 2));
        JsonNode replaced = http.put(path("formal"), Map.of("positions", second)).json();
        assertEquals(1, replaced.get("positions").size(), replaced.toString());
        JsonNode after = http.get(path("formal")).json().get("positions");
        assertEquals(1, after.size());
        assertTrue(after.has(person(2)));

        // An empty object resets the view.
        assertEquals(0, http.put(path("formal"), Map.of("positions", Map.of())).json().get("positions").size());
    }

    @Test
    void invalidInputIsA400NamingTheFieldAndWritesNothing() {
        String id = person(0);
        assertField(http.put(path("formal"), Map.of()), "positions");
        assertField(http.put(path("formal"), Map.of("positions", Map.of(id, Map.of("x", 1)))), "positions." + id + ".y");
        assertField(http.put(path("formal"), Map.of("positions", Map.of(id, Map.of("x", 1e9, "y", 0)))), "positions." + id + ".x");
        assertField(http.put(path("formal"), Map.of("positions", Map.of(id, Map.of("x", "left", "y", 0)))), "positions." + id + ".x");
        assertField(http.put(path("formal"), Map.of("positions", Map.of(id, Map.of("x", 1, "y", 0, "z", 3)))), "positions." + id + ".z");
        assertField(http.put(path("formal"), Map.of("positions", Map.of("bad id!", Map.of("x", 1, "y", 0)))), "positions.bad id!");
        assertField(http.put(path("sideways"), Map.of("positions", Map.of())), "view");
        assertField(http.get(path("sideways")), "view");
        assertEquals(0, TestNeo4j.count("MATCH (:Layout)-[p:PLACES]->() WHERE p.x > 1e8 OR p.y > 1e8 RETURN count(p)"));
    }

    @Test
    void unknownAccountIs404() {
        Http.Response get = http.get("/api/accounts/nope/positions/formal");
        assertEquals(404, get.status(), get.body());
        assertTrue(get.contentType().startsWith("application/problem+json"));
        Http.Response put = http.put("/api/accounts/nope/positions/formal", Map.of("positions", Map.of()));
        assertEquals(404, put.status(), put.body());
        assertEquals(0, TestNeo4j.count("MATCH (l:Layout {accountId: 'nope'}) RETURN count(l)"));
    }

    @Test
    void deletingThePersonDropsItsPosition() {
        Http.Response put = http.put(path("influence"), Map.of("positions", Map.of(person(3), Map.of("x", 5, "y", 5))));
        assertEquals(200, put.status());
        try (var s = TestNeo4j.driver().session()) {
            s.run("MATCH (p:Person {id: $id}) DETACH DELETE p", Map.of("id", person(3))).consume();
        }
        assertEquals(0, http.get(path("influence")).json().get("positions").size());
    }

    private static void assertField(Http.Response r, String field) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonNode errors = r.json().get("errors");
        boolean named = false;
        for (JsonNode e : errors) {
            named |= field.equals(e.get("field").asText());
        }
        assertTrue(named, "expected an error on " + field + " in " + r.body());
    }
}
