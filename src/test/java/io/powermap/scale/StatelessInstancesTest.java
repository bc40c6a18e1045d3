package io.powermap.scale;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.App;
import io.powermap.support.Documents;
import io.powermap.support.Fixtures;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two app instances on one Neo4j (the harness over Bolt, as a server): nothing lives only in an instance. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatelessInstancesTest {

    private App one;
    private App two;
    private Http a;
    private Http b;

    @BeforeAll
    void start() {
        TestNeo4j.clear();
        one = TestApp.remote(false);
        two = TestApp.remote(false);
        assertNotEquals(one.port(), two.port());
        a = new Http(one.port());
        b = new Http(two.port());
    }

    @AfterAll
    void stop() {
        one.close();
        two.close();
    }

    private static String stanceOf(JsonNode analysis, String personId) {
        for (JsonNode p : analysis.get("people")) {
            if (p.get("id").asText().equals(personId)) {
                return p.get("stance").asText();
            }
        }
        throw new AssertionError("no " + personId + " in the analysis");
    }

    @Test
    void anEditThroughOneInstanceIsSeenThroughTheOtherAndItsAnalysisCacheIsNotStale() {
        String account = Fixtures.importSmall(a);
        assertTrue(b.get("/api/accounts").body().contains(account), "B lists what A imported");
        String personId = Fixtures.personId(b, account, "p-eng");

        JsonNode before = b.get("/api/accounts/" + account + "/analysis").json();     // B computes and caches
        assertEquals(before.toString(), b.get("/api/accounts/" + account + "/analysis").json().toString(), "cached");
        String oldStance = stanceOf(before, personId);
        String newStance = oldStance.equals("CHAMPION") ? "OPPOSED" : "CHAMPION";

        JsonNode person = a.get("/api/accounts/" + account + "/people/" + personId).json();
        Http.Response changed = a.post("/api/accounts/" + account + "/people/" + personId + "/stance",
                Map.of("stance", newStance, "version", person.get("version").asLong()));
        assertEquals(200, changed.status(), changed.body());

        assertEquals(newStance, b.get("/api/accounts/" + account + "/people/" + personId).json().get("stance").asText());
        assertEquals(newStance, stanceOf(b.get("/api/accounts/" + account + "/analysis").json(), personId),
                "B's analysis cache is keyed on the account's audit state, so A's edit invalidates it");
        boolean inGraph = false;
        for (JsonNode n : b.get("/api/accounts/" + account + "/graph").json().at("/elements/nodes")) {
            if (n.at("/data/id").asText().equals(personId)) {
                assertEquals(newStance, n.at("/data/stance").asText());
                inGraph = true;
            }
        }
        assertTrue(inGraph);
        // optimistic concurrency holds across instances: B's stale version is refused
        Http.Response stale = b.post("/api/accounts/" + account + "/people/" + personId + "/stance",
                Map.of("stance", oldStance, "version", person.get("version").asLong()));
        assertEquals(409, stale.status(), stale.body());
    }

    @Test
    void aBulkImportSubmittedToOneInstanceIsFollowedOnTheOther() throws Exception {
        Http.Response accepted = a.post("/api/imports", Fixtures.document("small"));
        assertEquals(202, accepted.status(), accepted.body());
        JsonNode done = Documents.awaitJob(b, accepted.header("Location"), Duration.ofMinutes(2));
        assertEquals("DONE", done.get("state").asText(), done.toString());
        assertEquals(200, b.get("/api/accounts/" + done.get("accountId").asText()).status());
    }
}
