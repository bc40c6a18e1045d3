package io.powermap.graph;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.App;
import io.powermap.io.generate.AccountGenerator;
import io.powermap.io.generate.GeneratorSpec;
import io.powermap.support.Fixtures;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The influence view of a big account with nothing saved gets the server's layout (so the browser lays nothing out);
 * a user's saved layout wins over it, small accounts and the org view get none, and it follows the account's state.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComputedPositionsTest {

    private App app;
    private Http http;
    private String big;
    private String small;

    @BeforeAll
    void start() throws IOException {
        TestNeo4j.clear();
        app = TestApp.remote(false);
        http = new Http(app.port());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AccountGenerator.generate(GeneratorSpec.of(400, 1200, 7), out);
        Http.Response r = http.post("/api/import", out.toString(StandardCharsets.UTF_8));
        assertEquals(201, r.status(), r.body());
        big = r.json().get("accountId").asText();
        small = Fixtures.importSmall(http);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private JsonNode positions(String account, String view) {
        Http.Response r = http.get("/api/accounts/" + account + "/positions/" + view);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private Set<String> people(String account) {
        Set<String> ids = new HashSet<>();
        http.get("/api/accounts/" + account + "/graph?view=influence").json().at("/elements/nodes")
                .forEach(n -> ids.add(n.at("/data/id").asText()));
        return ids;
    }

    @Test
    void aBigAccountsInfluenceViewGetsEveryPersonPlacedAndTheSameLayoutAgain() {
        JsonNode first = positions(big, "influence");
        assertTrue(first.get("computed").asBoolean(), first.toString());
        Set<String> placed = new HashSet<>();
        first.get("positions").fieldNames().forEachRemaining(placed::add);
        assertEquals(people(big), placed, "every person of the map, no one else");
        // No two people on top of each other: the map is readable as it opens.
        double closest = Double.MAX_VALUE;
        double[][] xy = new double[placed.size()][];
        int i = 0;
        for (JsonNode p : first.get("positions")) {
            xy[i++] = new double[] {p.get("x").asDouble(), p.get("y").asDouble()};
        }
        for (int a = 0; a < xy.length; a++) {
            for (int b = a + 1; b < xy.length; b++) {
                closest = Math.min(closest, Math.hypot(xy[a][0] - xy[b][0], xy[a][1] - xy[b][1]));
            }
        }
        assertTrue(closest >= 69.8, "closest pair " + closest);
        assertEquals(first, positions(big, "influence"), "the same state gives the same layout");
        assertFalse(positions(big, "formal").get("computed").asBoolean(), "the org view lays itself out (a tidy tree)");
        assertEquals(0, positions(big, "formal").get("positions").size());
    }

    @Test
    void smallAccountsAreLaidOutInTheBrowserAsBefore() {
        JsonNode p = positions(small, "influence");
        assertFalse(p.get("computed").asBoolean());
        assertEquals(0, p.get("positions").size());
    }

    @Test
    void aSavedLayoutWinsAndForgettingItBringsTheComputedOneBack() {
        String someone = people(big).iterator().next();
        Http.Response put = http.put("/api/accounts/" + big + "/positions/influence",
                Map.of("positions", Map.of(someone, Map.of("x", 1.5, "y", 2.5))));
        assertEquals(200, put.status(), put.body());
        JsonNode saved = positions(big, "influence");
        assertFalse(saved.get("computed").asBoolean());
        assertEquals(1, saved.get("positions").size());
        assertEquals(1.5, saved.at("/positions/" + someone + "/x").asDouble());

        assertEquals(200, http.put("/api/accounts/" + big + "/positions/influence", Map.of("positions", Map.of())).status());
        JsonNode computed = positions(big, "influence");
        assertTrue(computed.get("computed").asBoolean());
        assertEquals(people(big).size(), computed.get("positions").size());
    }

    @Test
    void aNewPersonIsPlacedAfterTheWrite() {
        JsonNode before = positions(big, "influence");
        Http.Response created = http.post("/api/accounts/" + big + "/people", Map.of("name", "Newly Added"));
        assertEquals(201, created.status(), created.body());
        String id = created.json().get("id").asText();
        JsonNode after = positions(big, "influence");
        assertTrue(after.get("computed").asBoolean());
        assertTrue(after.get("positions").has(id), "the new person has a place");
        assertFalse(before.get("positions").has(id));
        assertNotEquals(before.get("positions").size(), after.get("positions").size());
    }
}
