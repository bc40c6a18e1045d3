package io.powermap.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.App;
import io.powermap.audit.ChangeLog;
import io.powermap.db.Queries;
import io.powermap.support.Documents;
import io.powermap.support.Fixtures;
import io.powermap.support.Http;
import io.powermap.support.RandomEdits;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import io.powermap.web.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The full map patched from the change log ({@link MapSnapshots}) is exactly what a fresh read gives: random
 * edits through the real API, then every view, with and without an opportunity, compared with a fresh read
 * (same elements, same order, same values), through a service of its own and through the app's HTTP answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphSnapshotTest {

    private static final String[] VIEWS = {"ALL", "FORMAL", "INFLUENCE"};

    private App app;
    private Http http;
    private ObjectMapper mapper;
    private GraphService patched;
    private GraphService fresh;

    @BeforeAll
    void start() {
        TestNeo4j.clear();
        app = TestApp.remote(false);
        http = new Http(app.port());
        mapper = Json.newMapper();
        Queries queries = Queries.load();
        patched = new GraphService(new GraphRepository(app.database(), queries), Integer.MAX_VALUE);
        fresh = new GraphService(new GraphRepository(app.database(), queries), Integer.MAX_VALUE);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private String importGenerated(long seed) {
        Http.Response r = http.post("/api/import", new String(Documents.generate(120, 500, seed), StandardCharsets.UTF_8));
        assertEquals(201, r.status(), r.body());
        return r.json().get("accountId").asText();
    }

    private String base(String account) {
        return "/api/accounts/" + account;
    }

    private String json(Object value) throws Exception {
        return mapper.writeValueAsString(value);
    }

    /** The patched service's answer for every view and both opportunities equals a fresh read; the HTTP answer too. */
    private void assertSameAsFresh(String account, String opportunityId, String step) throws Exception {
        for (String opp : Arrays.asList(null, opportunityId)) {
            for (String v : VIEWS) {
                GraphService.View view = GraphService.View.valueOf(v);
                String expected = json(fresh.graph(account, view, opp));
                String actual = json(patched.graph(account, new GraphService.Request(view, opp, false, List.of()),
                        patched.state(account)));
                assertEquals(expected, actual, step + ": " + v + " / " + opp);
            }
        }
        Http.Response viaHttp = http.get(base(account) + "/graph?lod=false&view=all");
        assertEquals(200, viaHttp.status(), viaHttp.body());
        assertEquals(mapper.readTree(json(fresh.graph(account, GraphService.View.ALL, null))), viaHttp.json(),
                step + ": the app's own answer");
    }

    private List<JsonNode> list(String path) {
        List<JsonNode> out = new ArrayList<>();
        http.get(path).json().forEach(out::add);
        return out;
    }

    /** One random edit through the API, of the kinds the map patches and some it reads in full. */
    private static String edit(RandomEdits edits) {
        return edits.oneOf(List.of(
                new RandomEdits.Kind(12, edits::createPerson), new RandomEdits.Kind(18, edits::updatePerson),
                new RandomEdits.Kind(10, edits::stance), new RandomEdits.Kind(8, edits::deletePerson),
                new RandomEdits.Kind(16, edits::createTie), new RandomEdits.Kind(14, edits::updateTie),
                new RandomEdits.Kind(12, edits::deleteTie), new RandomEdits.Kind(6, edits::renameOrg),
                new RandomEdits.Kind(4, edits::dealRoles)));
    }

    /**
     * The level-of-detail view computed from the patched snapshot equals the one a fresh service reads with its own
     * queries (compact arrays, then the rows of the people shown), byte for byte, through random edits.
     */
    @Test
    void levelOfDetailFromThePatchedSnapshotEqualsItsQueries() throws Exception {
        String account = importGenerated(11);
        String opportunityId = list(base(account) + "/opportunities").get(0).get("id").asText();
        Queries queries = Queries.load();
        GraphService bySnapshot = new GraphService(new GraphRepository(app.database(), queries), 30);
        Random rnd = new Random(424242);
        RandomEdits edits = new RandomEdits(http, account, rnd);
        for (int step = 0; step < 12; step++) {
            String org = edits.pick(edits.list("orgs")).get("id").asText();
            for (String opp : Arrays.asList(null, opportunityId)) {
                for (String v : VIEWS) {
                    for (List<String> expand : List.of(List.<String>of(), List.of(org))) {
                        GraphService.Request request = new GraphService.Request(GraphService.View.valueOf(v), opp, true, expand);
                        GraphService byQueries = new GraphService(new GraphRepository(app.database(), queries), 30);
                        String expected = json(byQueries.graph(account, request, byQueries.state(account)));
                        assertEquals(expected, json(bySnapshot.graph(account, request, bySnapshot.state(account))),
                                "step " + step + ": " + v + " / " + opp + " / " + expand);
                    }
                }
            }
            edit(edits);
        }
        long[] counts = bySnapshot.snapshotCounts();
        assertTrue(counts[0] >= 6, "most states were patched snapshots, not full reads: " + Arrays.toString(counts));
    }

    @Test
    void randomEditsPatchedEqualAFreshRead() throws Exception {
        String account = importGenerated(7);
        String opportunityId = list(base(account) + "/opportunities").get(0).get("id").asText();
        assertSameAsFresh(account, opportunityId, "start");
        long[] before = patched.snapshotCounts();
        Random rnd = new Random(20240611);
        RandomEdits edits = new RandomEdits(http, account, rnd);
        List<String> done = edits.steps(80, () -> edit(edits), step -> assertSameAsFresh(account, opportunityId, step));
        long[] after = patched.snapshotCounts();
        long patches = after[0] - before[0];
        long fullReads = after[1] - before[1];
        // 6 reads per step (3 views share a snapshot per opportunity: 2 of them are answered from it as it is)
        assertTrue(patches >= 80, "most steps were patched: " + patches + " patches, " + fullReads + " full reads; " + done);
        assertTrue(fullReads >= 4, "org renames and roles forced full reads: " + fullReads + "; " + done);
    }

    @Test
    void aChangeOfAnotherKindFallsBackToAFullRead() throws Exception {
        String account = importGenerated(11);
        String b = base(account);
        List<JsonNode> orgs = list(b + "/orgs");
        JsonNode withMembers = orgs.stream().filter(o -> o.path("members").asLong() > 0).findFirst().orElseThrow();
        JsonNode org = http.get(b + "/orgs/" + withMembers.get("id").asText()).json();
        assertSameAsFresh(account, null, "start");
        long[] before = patched.snapshotCounts();
        Map<String, Object> rename = new HashMap<>();
        rename.put("name", "Renamed " + org.get("name").asText());
        rename.put("kind", org.get("kind").asText());
        rename.put("parentId", org.path("parentId").asText(null));
        rename.put("version", org.get("version").asLong());
        assertEquals(200, http.put(b + "/orgs/" + org.get("id").asText(), rename).status());

        GraphService.Graph g = patched.graph(account, new GraphService.Request(GraphService.View.ALL, null, false, List.of()),
                patched.state(account));
        long[] after = patched.snapshotCounts();
        assertEquals(before[0], after[0], "not patched");
        assertEquals(before[1] + 1, after[1], "read in full");
        assertTrue(json(g).contains("Renamed " + org.get("name").asText()), "the new org name is in the rows");
        assertEquals(json(fresh.graph(account, GraphService.View.ALL, null)), json(g));
    }

    @Test
    void anErasureFallsBackToAFullRead() throws Exception {
        String account = importGenerated(19);
        String b = base(account);
        Http.Response erased = http.post(b + "/people", Map.of("name", "Zed Quux"));
        assertEquals(201, erased.status(), erased.body());
        JsonNode other = list(b + "/people").get(0);
        JsonNode full = http.get(b + "/people/" + other.get("id").asText()).json();
        Map<String, Object> body = new HashMap<>();
        body.put("name", full.get("name").asText());
        body.put("title", "Deputy to Zed Quux");
        body.put("version", full.get("version").asLong());
        assertEquals(200, http.put(b + "/people/" + other.get("id").asText(), body).status());
        assertSameAsFresh(account, null, "start");

        // The erasure is logged as the erased person's change, but it rewrites the other person's title too.
        long[] before = patched.snapshotCounts();
        assertEquals(200, http.post(b + "/people/" + erased.json().get("id").asText() + "/erase",
                Map.of("confirm", "Zed Quux")).status());
        GraphService.Graph g = patched.graph(account, new GraphService.Request(GraphService.View.ALL, null, false, List.of()),
                patched.state(account));
        long[] after = patched.snapshotCounts();
        assertEquals(before[0], after[0], "not patched");
        assertEquals(before[1] + 1, after[1], "read in full");
        assertTrue(json(g).contains("Deputy to [erased]"), "the other person's title is redacted in the map");
        assertEquals(json(fresh.graph(account, GraphService.View.ALL, null)), json(g));
    }

    @Test
    void aGapInTheChangeLogFallsBackToAFullRead() throws Exception {
        String account = importGenerated(13);
        String b = base(account);
        assertSameAsFresh(account, null, "start");
        List<JsonNode> people = list(b + "/people");
        JsonNode first = people.get(0);
        JsonNode second = people.get(1);
        assertEquals(200, http.post(b + "/people/" + first.get("id").asText() + "/stance",
                Map.of("stance", "CHAMPION".equals(first.path("stance").asText()) ? "OPPOSED" : "CHAMPION",
                        "version", first.get("version").asLong())).status());
        // The entry of that edit loses its place in the log: a patch would miss the edit.
        try (var session = TestNeo4j.driver().session()) {
            session.run("MATCH (a:Account {id: $id}) MATCH (c:Change {accountId: $id, seq: a.changeCount}) REMOVE c.seq",
                    Map.of("id", account)).consume();
        }
        assertEquals(200, http.post(b + "/people/" + second.get("id").asText() + "/stance",
                Map.of("stance", "CHAMPION".equals(second.path("stance").asText()) ? "OPPOSED" : "CHAMPION",
                        "version", second.get("version").asLong())).status());

        long[] before = patched.snapshotCounts();
        GraphService.Graph g = patched.graph(account, new GraphService.Request(GraphService.View.ALL, null, false, List.of()),
                patched.state(account));
        long[] after = patched.snapshotCounts();
        assertEquals(before[0], after[0], "not patched");
        assertEquals(before[1] + 1, after[1], "read in full");
        assertEquals(json(fresh.graph(account, GraphService.View.ALL, null)), json(g), "both edits are in the answer");
    }

    @Test
    void aLongLogFallsBackToAFullReadAndAShortOneIsPatched() throws Exception {
        String account = importGenerated(17);
        String b = base(account);
        assertSameAsFresh(account, null, "start");
        JsonNode p = list(b + "/people").get(2);
        long version = p.get("version").asLong();
        String[] stances = {"CHAMPION", "OPPOSED"};
        for (int i = 0; i <= ChangeLog.MAX_CHANGES; i++) {
            Http.Response r = http.post(b + "/people/" + p.get("id").asText() + "/stance",
                    Map.of("stance", stances[i % 2], "version", version));
            assertEquals(200, r.status(), r.body());
            version = r.json().get("version").asLong();
        }
        long[] before = patched.snapshotCounts();
        assertSameAsFresh(account, null, "after " + (ChangeLog.MAX_CHANGES + 1) + " edits");
        long[] after = patched.snapshotCounts();
        assertEquals(before[0], after[0], "not patched");
        assertTrue(after[1] > before[1], "read in full");

        assertEquals(200, http.post(b + "/people/" + p.get("id").asText() + "/stance",
                Map.of("stance", "NEUTRAL", "version", version)).status());
        assertSameAsFresh(account, null, "one more edit");
        assertTrue(patched.snapshotCounts()[0] > after[0], "patched");
    }

    /** A clock the test moves on: tomorrow comes without a write. */
    private static final class Days extends Clock {
        private volatile Instant now = Instant.now();

        void set(LocalDate day) {
            now = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private String lastContact(GraphService.Graph graph, String personId) throws Exception {
        for (JsonNode n : mapper.readTree(json(graph)).at("/elements/nodes")) {
            if (n.at("/data/id").asText().equals(personId)) {
                return n.at("/data/lastContact").asText(null);
            }
        }
        throw new AssertionError("no " + personId + " on the map");
    }

    /**
     * A meeting entered ahead is the last contact from its day on, as the analysis counts it, though nothing was
     * written that day: the snapshot (and the answer) of the day before is not served on the new day.
     */
    @Test
    void aMeetingEnteredAheadIsTheLastContactFromItsDayOnWithNoWriteInBetween() throws Exception {
        Http.Response imported = http.post("/api/import", Fixtures.document("small"));
        assertEquals(201, imported.status(), imported.body());
        String account = imported.json().get("accountId").asText();
        String adviser = Fixtures.personId(http, account, "p-adv");          // met by no one yet
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate ahead = today.plusDays(2);
        Http.Response meeting = http.post(base(account) + "/interactions", Map.of("date", ahead.toString(), "kind", "MEETING",
                "summary", "lab visit", "personIds", List.of(adviser), "staffIds", List.of()));
        assertEquals(201, meeting.status(), meeting.body());

        Days clock = new Days();
        clock.set(today);
        GraphService service = new GraphService(new GraphRepository(app.database(), Queries.load()), Integer.MAX_VALUE, clock);
        long state = service.state(account);
        GraphService.Request request = new GraphService.Request(GraphService.View.ALL, null, false, List.of());
        assertNull(lastContact(service.graph(account, request, state), adviser), "not yet: the meeting is ahead");
        clock.set(ahead);
        assertEquals(state, service.state(account), "nothing written meanwhile");
        assertEquals(ahead.toString(), lastContact(service.graph(account, request, state), adviser),
                "on its day the meeting is the last contact");
        assertEquals(mapper.readTree(json(service.graph(account, GraphService.View.ALL, null))),
                mapper.readTree(json(service.graph(account, request, state))), "as a fresh read that day");
    }
}
