package io.powermap.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.App;
import io.powermap.analysis.AnalysisRecords.Analysis;
import io.powermap.analysis.AnalysisRecords.Scores;
import io.powermap.analysis.algo.WeightedDigraph;
import io.powermap.db.Queries;
import io.powermap.support.Documents;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import io.powermap.web.Json;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Structural scores are reused exactly when the influence graph is unchanged, and never otherwise. */
class StructureCacheTest {

    private static WeightedDigraph graph(double lastWeight) {
        return WeightedDigraph.builder(3).addEdge(0, 1, 2.0).addEdge(1, 2, lastWeight).build();
    }

    private static StructureCache.Structure structure(StructureCache cache, String account, WeightedDigraph influence, List<String> ids) {
        return cache.get(account, influence, influence.mapWeights(w -> 1 / w), ids);
    }

    @Test
    void reusesOnlyForAnIdenticalGraphAndPeople() {
        StructureCache cache = new StructureCache();
        List<String> ids = List.of("a", "b", "c");
        StructureCache.Structure first = structure(cache, "acc", graph(1.5), ids);
        assertSame(first, structure(cache, "acc", graph(1.5), List.of("a", "b", "c")));
        assertArrayEquals(new double[] {0, 0.5, 0}, first.betweenness(), 0.0);

        assertNotSame(first, structure(cache, "acc", graph(1.5000000001), ids));
        assertNotSame(first, structure(cache, "acc", graph(1.5), List.of("a", "b", "d")));
        assertNotSame(structure(cache, "other", graph(1.5), ids), structure(cache, "acc", graph(1.5), ids));
        assertNotSame(structure(StructureCache.none(), "acc", graph(1.5), ids), structure(StructureCache.none(), "acc", graph(1.5), ids));
    }

    /** Through the API: a stance change keeps betweenness, a new tie changes it; both equal a fresh run. */
    @Test
    void analysisAfterEditsEqualsAFreshComputation() {
        TestNeo4j.clear();
        try (App app = TestApp.remote(false)) {
            Http http = new Http(app.port());
            String account = http.post("/api/import", new String(Documents.generate(120, 600, 5), StandardCharsets.UTF_8))
                    .json().get("accountId").asText();
            String base = "/api/accounts/" + account;
            JsonNode before = http.get(base + "/analysis").json();
            JsonNode person = http.get(base + "/people").json().get(7);
            String id = person.get("id").asText();
            String stance = "OPPOSED".equals(person.path("stance").asText()) ? "CHAMPION" : "OPPOSED";
            assertEquals(200, http.post(base + "/people/" + id + "/stance",
                    Map.of("stance", stance, "version", person.get("version").asLong())).status());

            JsonNode afterStance = http.get(base + "/analysis").json();
            assertEquals(betweenness(before), betweenness(afterStance));
            assertEquals(stance, score(afterStance, id).path("stance").asText());
            assertMatchesFreshRun(app, account, afterStance);

            JsonNode people = http.get(base + "/people").json();
            Http.Response tie = http.post(base + "/influences", Map.of("from", people.get(3).get("id").asText(),
                    "to", people.get(90).get("id").asText(), "kind", "FAMILY", "strength", 3, "confidence", 1.0));
            assertEquals(201, tie.status(), tie.body());
            JsonNode afterTie = http.get(base + "/analysis").json();
            assertNotEquals(betweenness(afterStance), betweenness(afterTie));
            assertMatchesFreshRun(app, account, afterTie);
        }
    }

    private static void assertMatchesFreshRun(App app, String account, JsonNode served) {
        AnalysisRepository repository = new AnalysisRepository(app.database(), Queries.load(), Json.newMapper());
        Analysis fresh = new InfluenceAnalysis(repository.load(account, null), 1.0)
                .run(account, null, LocalDate.now(Clock.systemUTC()));
        for (Scores s : fresh.people()) {
            JsonNode got = score(served, s.id());
            // An updated betweenness sums in another order than a fresh run: equal up to rounding.
            assertEquals(s.betweenness(), got.get("betweenness").asDouble(), 1e-12, s.id());
            assertEquals(s.decisionInfluence(), got.get("decisionInfluence").asDouble(), 0.0, s.id());
            assertEquals(s.community(), got.get("community").asInt(), s.id());
        }
    }

    private static String betweenness(JsonNode analysis) {
        StringBuilder sb = new StringBuilder();
        analysis.get("people").forEach(p -> sb.append(p.get("id").asText()).append('=').append(p.get("betweenness").asDouble()).append(';'));
        return sb.toString();
    }

    private static JsonNode score(JsonNode analysis, String id) {
        for (JsonNode p : analysis.get("people")) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no scores for " + id);
    }
}
