package io.powermap.scale;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.App;
import io.powermap.support.Documents;
import io.powermap.support.Fixtures;
import io.powermap.support.Http;
import io.powermap.support.Race;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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

    /**
     * A person deleted through one instance while the other links to them in every way at the same moment: each
     * request answers as before or after the delete (201, 200, 400, 404, 409), never 500. A write that matched the
     * person before the delete committed used to fail on it ("Unable to load NODE"), and an erasure that waited
     * for its lock read a person with no name.
     */
    @Test
    void writesRacingTheDeleteOfWhatTheyLinkToThroughTheOtherInstanceAreNever500() {
        String account = Fixtures.importSmall(a);
        String base = "/api/accounts/" + account;
        String ceo = Fixtures.personId(a, account, "p-ceo");
        String staff = a.get("/api/staff").json().get(0).get("id").asText();
        String opp = a.get(base + "/opportunities").json().get(0).get("id").asText();
        String competitor = a.get(base + "/competitors").json().get(0).get("id").asText();
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            String name = "Victim " + round;
            JsonNode victim = a.post(base + "/people", Map.of("name", name)).json();
            String v = victim.get("id").asText();
            long oppVersion = a.get(base + "/opportunities/" + opp).json().get("version").asLong();
            List<Supplier<Http.Response>> tasks = List.of(
                    () -> a.delete(base + "/people/" + v + "?version=" + victim.get("version").asLong()),
                    () -> b.post(base + "/influences", Map.of("from", ceo, "to", v, "kind", "TRUST", "strength", 2, "confidence", 0.5)),
                    () -> b.post(base + "/influences", Map.of("from", v, "to", ceo, "kind", "ADVICE", "strength", 2, "confidence", 0.5)),
                    () -> b.post(base + "/people", Map.of("name", "Report of " + name, "reportsTo", v)),
                    () -> b.post(base + "/knows", Map.of("staffId", staff, "personId", v, "strength", 2)),
                    () -> b.post(base + "/owns", Map.of("staffId", staff, "targetId", v, "priority", "SECOND")),
                    () -> b.put(base + "/people/" + v + "/alignments/" + competitor, Map.of("strength", 2)),
                    () -> b.post(base + "/interactions", Map.of("date", "2026-11-01", "kind", "CALL", "summary", "call",
                            "personIds", List.of(v), "staffIds", List.of())),
                    () -> b.post(base + "/visits", Map.of("date", "2027-01-05", "objective", "meet", "status", "PLANNED",
                            "targetIds", List.of(v))),
                    () -> b.post(base + "/actions", Map.of("kind", "MEETING", "title", "meet", "personId", v)),
                    () -> b.post(base + "/targets", Map.of("period", "2026-Q4", "kind", "PERSON_STANCE", "personId", v,
                            "stance", "SUPPORTIVE")),
                    () -> b.put(base + "/opportunities/" + opp + "/roles", Map.of("roles",
                            List.of(Map.of("personId", v, "decisionRole", "USER", "hidden", false)), "version", oppVersion)),
                    () -> b.post(base + "/people/" + v + "/erase", Map.of("confirm", name)));
            List<Http.Response> responses = Race.run(tasks);
            for (int i = 0; i < responses.size(); i++) {
                if (responses.get(i).status() >= 500) {
                    failures.add("round " + round + ", request " + i + ": " + responses.get(i).status() + " " + responses.get(i).body());
                }
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(200, b.get(base + "/graph").status());
    }

    /**
     * A tie updated through one instance while the other deletes it, and creates in an account the other instance
     * deletes: 404 (or the write wins), never 500. The update read the deleted tie's row without its ends, and a
     * create found no row of what it had just made.
     */
    @Test
    void updatesAndCreatesRacingADeleteThroughTheOtherInstanceAreNever500() {
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            String account = Fixtures.importSmall(a);
            String base = "/api/accounts/" + account;
            JsonNode tie = a.get(base + "/influences").json().get(0);
            String name = a.get(base).json().get("name").asText();
            String tiePath = base + "/influences/" + tie.get("id").asText();
            List<Supplier<Http.Response>> tasks = List.of(
                    () -> a.delete(tiePath + "?version=" + tie.get("version").asLong()),
                    () -> b.put(tiePath, Map.of("from", tie.get("from").asText(), "to", tie.get("to").asText(),
                            "kind", tie.get("kind").asText(), "strength", 1, "confidence", 0.5, "version", tie.get("version").asLong())));
            List<Http.Response> responses = new ArrayList<>(Race.run(tasks));
            responses.addAll(Race.run(List.of(
                    () -> a.delete(base + "?confirm=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)),
                    () -> b.post(base + "/people", Map.of("name", "Late person")),
                    () -> b.post(base + "/orgs", Map.of("name", "Late org", "kind", "DEPARTMENT")),
                    () -> b.post(base + "/competitors", Map.of("name", "Late rival")),
                    () -> b.post(base + "/actions", Map.of("kind", "MEETING", "title", "late")))));
            for (int i = 0; i < responses.size(); i++) {
                if (responses.get(i).status() >= 500) {
                    failures.add("round " + round + ", request " + i + ": " + responses.get(i).status() + " " + responses.get(i).body());
                }
            }
        }
        assertEquals(List.of(), failures);
    }
}
