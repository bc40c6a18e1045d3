package io.powermap.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.App;
import io.powermap.db.Queries;
import io.powermap.graph.GraphRepository;
import io.powermap.graph.GraphService;
import io.powermap.io.generate.AccountGenerator;
import io.powermap.io.generate.GeneratorSpec;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import io.powermap.web.Json;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code GET /api/accounts/{id}/graph} on a generated 2,000-person / 20,000-tie account, beside the
 * same rows read straight through the driver. Writes {@code target/bench/graph.md}.
 * Run: {@code mvn -Pbench test -Dtest=GraphEndpointBenchmark}.
 */
@Tag("bench")
class GraphEndpointBenchmark {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 5);
    private static final int RUNS = Integer.getInteger("bench.runs", 10);
    private static final int PEOPLE = 2_000;
    private static final int TIES = 20_000;

    @Test
    void graph() throws Exception {
        TestNeo4j.clear();
        StringBuilder md = new StringBuilder("## Graph endpoint: `GET /api/accounts/{id}/graph`, 2,000 people\n\n")
                .append(Bench.header());
        try (App app = TestApp.remote(false)) {
            Http http = new Http(app.port());
            ByteArrayOutputStream doc = new ByteArrayOutputStream();
            AccountGenerator.generate(GeneratorSpec.of(PEOPLE, TIES, 42), doc);
            Http.Response imported = http.post("/api/import", doc.toString(StandardCharsets.UTF_8));
            assertEquals(201, imported.status(), imported.body());
            String accountId = imported.json().get("accountId").asText();
            String url = "/api/accounts/" + accountId + "/graph?lod=false";

            Queries queries = Queries.load();
            ObjectMapper mapper = Json.newMapper();
            // The full map: the level-of-detail view (above POWERMAP_LOD_THRESHOLD) is measured in ScaleBenchmark.
            GraphService service = new GraphService(new GraphRepository(app.database(), queries), Integer.MAX_VALUE);
            Driver driver = app.database().driver();
            Map<String, Object> params = new HashMap<>();
            params.put("accountId", accountId);
            params.put("opportunityId", null);
            params.put("personIds", null); // the whole account, as the full map reads it

            Http.Response first = http.get(url);
            assertEquals(200, first.status(), first.body());
            int nodes = first.json().get("elements").get("nodes").size();
            int edges = first.json().get("elements").get("edges").size();
            assertEquals(PEOPLE, nodes);
            int bytes = first.body().getBytes(StandardCharsets.UTF_8).length;

            // The full map as the endpoint answers it after edits: its snapshot patched from the change log.
            GraphService patched = new GraphService(new GraphRepository(app.database(), queries), Integer.MAX_VALUE);
            GraphService.Request all = new GraphService.Request(GraphService.View.ALL, null, false, List.of());
            List<String> people = new ArrayList<>();
            http.get("/api/accounts/" + accountId + "/people").json().forEach(p -> people.add(p.get("id").asText()));
            Random rnd = new Random(7);
            Runnable personEdit = () -> {
                String id = people.get(rnd.nextInt(people.size()));
                long version = http.get("/api/accounts/" + accountId + "/people/" + id).json().get("version").asLong();
                assertEquals(200, http.post("/api/accounts/" + accountId + "/people/" + id + "/stance",
                        Map.of("stance", rnd.nextBoolean() ? "CHAMPION" : "OPPOSED", "version", version)).status());
            };
            Runnable newTie = () -> {
                int status;
                do {
                    status = http.post("/api/accounts/" + accountId + "/influences", Map.of(
                            "from", people.get(rnd.nextInt(people.size())), "to", people.get(rnd.nextInt(people.size())),
                            "kind", "POLITICAL", "strength", 2, "confidence", 0.5)).status();
                } while (status == 409 || status == 400);     // that pair has one already, or a person to themselves
                assertEquals(201, status);
            };
            Runnable patchedAnswer = () -> serialise(mapper, patched.graph(accountId, all, patched.state(accountId)));

            // Interleaved rounds, so drifting load on the shared machine hits every measurement alike.
            String[] names = {"people", "reports-to", "influences", "orgs"};
            String byDefault = "/api/accounts/" + accountId + "/graph"; // level of detail: 2,000 people > the 1,500 threshold
            Bench.Timing[] t = new Bench.Timing[12];
            Runnable[] work = {
                    () -> assertEquals(200, http.get(url).status()),
                    () -> service.graph(accountId, GraphService.View.ALL, null),
                    () -> serialise(mapper, service.graph(accountId, GraphService.View.ALL, null)),
                    () -> rawRows(driver, queries, names, params),
                    () -> rawRows(driver, queries, new String[]{"people"}, params),
                    () -> rawRows(driver, queries, new String[]{"influences"}, params),
                    () -> floor(driver, params),
                    patchedAnswer,
                    patchedAnswer,
                    patchedAnswer,
                    () -> assertEquals(200, http.get(url).status()),
                    () -> assertEquals(200, http.get(byDefault).status()),
            };
            // Done before the timed run, not timed: the edit the measurement answers after.
            // The first row is the answer cache: a warm-up read after the previous round's edits makes it a hit.
            Runnable warmCache = () -> assertEquals(200, http.get(url).status());
            Runnable[] before = {warmCache, null, null, null, null, null, null, personEdit, newTie, null, personEdit, personEdit};
            double[][] wall = new double[work.length][RUNS];
            double[][] cpu = new double[work.length][RUNS];
            for (int round = 0; round < WARMUP + RUNS; round++) {
                for (int k = 0; k < work.length; k++) {
                    if (before[k] != null) {
                        before[k].run();
                    }
                    Bench.Timing one = Bench.timeWithCpu(0, 1, work[k]);
                    if (round >= WARMUP) {
                        wall[k][round - WARMUP] = one.wall().ms()[0];
                        cpu[k][round - WARMUP] = one.cpu().ms()[0];
                    }
                }
            }
            for (int k = 0; k < work.length; k++) {
                t[k] = new Bench.Timing(new Bench.Stats(wall[k]), new Bench.Stats(cpu[k]));
            }
            double raw = t[3].wall().median();
            md.append(String.format(Locale.ROOT, "- Account: %,d people, %,d edges in the response (%,d bytes of JSON)%n",
                            nodes, edges, bytes))
                    .append("- ").append(WARMUP).append(" warm-up rounds, then ").append(RUNS)
                    .append(" measured; the variants run interleaved in each round; milliseconds, median (min–max)\n")
                    .append("- \"after one …\" rows: the edit goes through the API just before each timed run (not timed)\n\n")
                    .append("| measurement | wall time | process CPU | ÷ raw driver queries |\n|---|---:|---:|---:|\n");
            String[] labels = {
                    "HTTP `GET /graph` over loopback from the answer cache (client sees the whole body)",
                    "**server: `GraphService.graph`** (4 queries through the driver + shaping)",
                    "server + JSON serialisation (what the handler does)",
                    "baseline: the 4 `cypher/graph/*.cypher` queries, raw `Driver` rows",
                    "&nbsp;&nbsp;of which `graph/people.cypher` alone",
                    "&nbsp;&nbsp;of which `graph/influences.cypher` alone",
                    "floor: flat people properties + flat ties, no per-person subqueries, no ORDER BY",
                    "**after one person edit (patched)**: state + snapshot patched from the change log + shaping + JSON",
                    "**after one new tie (patched)**: the same after a new influence tie",
                    "&nbsp;&nbsp;no edit: the snapshot as it is + shaping + JSON (the patched rows' floor)",
                    "HTTP `GET /graph` after one person edit (the app's own snapshot, answer cache missed)",
                    "HTTP `GET /graph` without `lod=false` after one person edit: the default answer at this size (level of detail)",
            };
            for (int k = 0; k < work.length; k++) {
                md.append("| ").append(labels[k]).append(" | ").append(t[k].wall().cell()).append(" | ")
                        .append(Bench.fmt(t[k].cpu().median())).append(" | ")
                        .append(k == 3 ? "1.0× (baseline)" : String.format(Locale.ROOT, "%.2f×", t[k].wall().median() / raw))
                        .append(" |\n");
            }
        }
        Bench.write("graph", md.toString());
    }

    private static void serialise(ObjectMapper mapper, Object value) {
        try {
            mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The endpoint's queries, run as they are in one read transaction, rows materialised as driver values. */
    private static void rawRows(Driver driver, Queries queries, String[] names, Map<String, Object> params) {
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                int rows = 0;
                for (String name : names) {
                    rows += tx.run(queries.get("graph/" + name), params).list().size();
                }
                return rows;
            });
        }
    }

    /** The cheapest reads of the same nodes and ties: no per-person aggregation, no ordering. */
    private static void floor(Driver driver, Map<String, Object> params) {
        try (var session = driver.session()) {
            session.executeRead(tx -> tx.run("""
                    MATCH (p:Person {accountId: $accountId})
                    RETURN p {.id, .externalId, .name, .title, .rank, .stance, .risingStar, .onOrgChart, .version,
                              .tags, .decisionRole} AS row""", params).list().size()
                    + tx.run("""
                    MATCH (a:Person {accountId: $accountId})-[t:INFLUENCES]->(b:Person)
                    RETURN {id: t.id, source: a.id, target: b.id, kind: t.kind, strength: t.strength,
                            confidence: t.confidence, sourceNote: t.source, since: toString(t.since)} AS row""", params)
                    .list().size());
        }
    }
}
