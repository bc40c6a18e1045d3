package io.powermap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.powermap.App;
import io.powermap.analysis.AccountGraph;
import io.powermap.analysis.AnalysisRecords.Analysis;
import io.powermap.analysis.AnalysisRecords.Scores;
import io.powermap.analysis.AnalysisRepository;
import io.powermap.analysis.AnalysisService;
import io.powermap.analysis.InfluenceAnalysis;
import io.powermap.analysis.StructureCache;
import io.powermap.analysis.algo.Betweenness;
import io.powermap.analysis.algo.BetweennessBaseline;
import io.powermap.analysis.algo.Communities;
import io.powermap.analysis.algo.PageRank;
import io.powermap.analysis.algo.ShortestPathChange;
import io.powermap.analysis.algo.WeightedDigraph;
import io.powermap.db.Queries;
import io.powermap.io.generate.AccountGenerator;
import io.powermap.io.generate.GeneratorSpec;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import io.powermap.web.Json;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Full influence analysis on generated accounts (500 / 5,000 and 2,000 / 20,000), imported through
 * the real app, beside networkx on the same influence graph in the same run. Writes
 * {@code target/bench/analysis.md}. Run: {@code mvn -Pbench test -Dtest=AnalysisBenchmark}.
 */
@Tag("bench")
class AnalysisBenchmark {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 5);
    private static final int RUNS = Integer.getInteger("bench.runs", 10);
    private static final int NX_RUNS = Integer.getInteger("bench.nxRuns", 3);
    private static final long SEED = 42;
    private static final int[][] SIZES = {{500, 5_000}, {2_000, 20_000}};
    private static final double REPORTS_TO_WEIGHT = 1.0;

    @Test
    void analysis() throws Exception {
        TestNeo4j.clear();
        StringBuilder md = new StringBuilder("## Analysis: full influence analysis vs networkx\n\n").append(Bench.header());
        StringBuilder main = new StringBuilder();
        StringBuilder phases = new StringBuilder();
        StringBuilder nx = new StringBuilder();
        StringBuilder edits = new StringBuilder();
        String nxVersion = "?";
        try (App app = TestApp.remote(false)) {
            Http http = new Http(app.port());
            AnalysisRepository repository = new AnalysisRepository(app.database(), Queries.load(), Json.newMapper());
            for (int[] size : SIZES) {
                int people = size[0];
                int ties = size[1];
                String label = String.format(Locale.ROOT, "%,d / %,d", people, ties);
                ByteArrayOutputStream doc = new ByteArrayOutputStream();
                AccountGenerator.generate(GeneratorSpec.of(people, ties, SEED), doc);
                Http.Response imported = http.post("/api/import", doc.toString(StandardCharsets.UTF_8));
                assertEquals(201, imported.status(), imported.body());
                String accountId = imported.json().get("accountId").asText();
                String url = "/api/accounts/" + accountId + "/analysis";

                // First HTTP call after the import: uncached, and the first time this account's data is read.
                long t = System.nanoTime();
                Http.Response first = http.get(url);
                double firstHttp = Bench.millisSince(t);
                assertEquals(200, first.status(), first.body());
                assertEquals(people, first.json().get("people").size());

                // Uncached server time: a fresh AnalysisService per call (what a cache miss runs: state
                // query, subgraph load through the driver, computation), and its phases separately.
                // A cache miss after an edit that leaves the ties alone (stance, role, owner, contact) or an
                // opportunity switch: betweenness and communities come from the warm StructureCache.
                // The three run interleaved in every round, so the JIT's and the host's state hit them alike
                // (measured one after the other, the first one ran with a colder JIT: 226 against 105 ms at 500 people).
                StructureCache structures = new StructureCache();
                double[] serviceWall = new double[RUNS];
                double[] serviceCpu = new double[RUNS];
                List<Double> tiesUnchanged = Bench.list();
                List<Double> state = Bench.list();
                List<Double> load = Bench.list();
                List<Double> compute = Bench.list();
                AccountGraph graph = null;
                Analysis analysis = null;
                for (int i = 0; i < WARMUP + RUNS; i++) {
                    if (i == WARMUP) {
                        List.of(tiesUnchanged, state, load, compute).forEach(List::clear);
                    }
                    Bench.Timing service = Bench.timeWithCpu(0, 1, () ->
                            new AnalysisService(repository, REPORTS_TO_WEIGHT, Clock.systemUTC()).analyse(accountId, null));
                    if (i >= WARMUP) {
                        serviceWall[i - WARMUP] = service.wall().ms()[0];
                        serviceCpu[i - WARMUP] = service.cpu().ms()[0];
                    }
                    Bench.timed(tiesUnchanged, () -> {
                        repository.state(accountId, null);
                        return new InfluenceAnalysis(repository.load(accountId, null), REPORTS_TO_WEIGHT)
                                .run(accountId, null, LocalDate.now(), structures);
                    });
                    Bench.timed(state, () -> repository.state(accountId, null));
                    AccountGraph g = Bench.timed(load, () -> repository.load(accountId, null));
                    analysis = Bench.timed(compute, () -> new InfluenceAnalysis(g, REPORTS_TO_WEIGHT)
                            .run(accountId, null, LocalDate.now()));
                    graph = g;
                }
                Bench.Timing serviceTiming = new Bench.Timing(new Bench.Stats(serviceWall), new Bench.Stats(serviceCpu));
                Bench.Stats service = serviceTiming.wall();
                // The algorithms inside the computation, on the same graph.
                Map<String, Integer> index = graph.index();
                AccountGraph gr = graph;
                WeightedDigraph influence = InfluenceAnalysis.influenceGraph(graph, index, REPORTS_TO_WEIGHT);
                WeightedDigraph listensTo = influence.reverse();
                WeightedDigraph cost = influence.mapWeights(w -> 1.0 / w);
                double[] seeds = seeds(graph);
                Bench.Stats build = Bench.time(WARMUP, RUNS, () -> InfluenceAnalysis.influenceGraph(gr, index, REPORTS_TO_WEIGHT)
                        .mapWeights(w -> 1.0 / w));
                Bench.Stats pr = Bench.time(WARMUP, RUNS, () -> PageRank.compute(listensTo, InfluenceAnalysis.ALPHA, null));
                Bench.Stats ppr = Bench.time(WARMUP, RUNS, () -> PageRank.compute(listensTo, InfluenceAnalysis.ALPHA, seeds));
                // Dial's buckets against the heap they replaced (the baseline), interleaved round by round.
                List<Double> onBuckets = Bench.list();
                List<Double> onHeap = Bench.list();
                for (int i = 0; i < WARMUP + RUNS; i++) {
                    if (i == WARMUP) {
                        onBuckets.clear();
                        onHeap.clear();
                    }
                    Bench.timed(onHeap, () -> BetweennessBaseline.onHeap(cost, true));
                    Bench.timed(onBuckets, () -> Betweenness.compute(cost));
                }
                Bench.Stats bc = Bench.Stats.of(onBuckets);
                Bench.Stats bcHeap = Bench.Stats.of(onHeap);
                Bench.Stats louvain = Bench.time(WARMUP, RUNS, () -> Communities.louvain(influence));

                // One tie edit at a time (a new tie between random people, or a stronger existing one, with
                // the weight of a random tie): the sources Betweenness.update runs again, and its time.
                Random rnd = new Random(SEED);
                Betweenness.Raw raw = Betweenness.computeRaw(cost, true);
                List<Double> affected = Bench.list();
                List<Double> updates = Bench.list();
                int fullRuns = 0;
                for (int i = 0; i < WARMUP + RUNS; i++) {
                    WeightedDigraph edited = withTie(influence, rnd).mapWeights(w -> 1.0 / w);
                    if (i == WARMUP) {
                        affected.clear();
                        updates.clear();
                    }
                    affected.add((double) ShortestPathChange.affectedSources(cost, edited, people).length);
                    Betweenness.Raw updated = Bench.timed(updates, () -> Betweenness.update(cost, raw, edited, true));
                    if (i >= WARMUP && updated == null) {
                        fullRuns++;
                    }
                }
                // End to end: a new tie through the API, then the next analysis (a cache miss, betweenness updated).
                JsonNode scored = first.json().get("people");
                List<Double> afterTie = Bench.list();
                for (int i = 0; i < WARMUP + RUNS; i++) {
                    if (i == WARMUP) {
                        afterTie.clear();
                    }
                    String from = scored.get(rnd.nextInt(people)).get("id").asText();
                    String to = scored.get(rnd.nextInt(people)).get("id").asText();
                    if (from.equals(to)) {
                        continue;
                    }
                    Http.Response tie = http.post("/api/accounts/" + accountId + "/influences", Map.of("from", from, "to", to,
                            "kind", "TRUST", "strength", 1 + rnd.nextInt(3), "confidence", 0.5 + rnd.nextInt(6) / 10.0));
                    assertEquals(201, tie.status(), tie.body());
                    long t0 = System.nanoTime();
                    assertEquals(200, http.get(url).status());
                    afterTie.add(Bench.millisSince(t0));
                }

                // End to end: a stance edit through the API, then the next analysis (a cache miss, ties unchanged).
                List<Double> afterStance = Bench.list();
                String[] stances = {"CHAMPION", "SUPPORTIVE", "NEUTRAL", "OPPOSED"};
                for (int i = 0; i < WARMUP + RUNS; i++) {
                    if (i == WARMUP) {
                        afterStance.clear();
                    }
                    String person = "/api/accounts/" + accountId + "/people/" + scored.get(rnd.nextInt(people)).get("id").asText();
                    long version = http.get(person).json().get("version").asLong();
                    Http.Response stance = http.post(person + "/stance",
                            Map.of("stance", stances[i % stances.length], "version", version));
                    assertEquals(200, stance.status(), stance.body());
                    long t0 = System.nanoTime();
                    assertEquals(200, http.get(url).status());
                    afterStance.add(Bench.millisSince(t0));
                }

                // Cached repeat over HTTP (loopback, includes JSON serialisation of the cached result).
                Bench.Stats cached = Bench.time(WARMUP, RUNS * 2, () -> assertEquals(200, http.get(url).status()));

                // networkx on the same influence graph, same run.
                Path dir = Files.createTempDirectory("powermap-bench");
                Path graphFile = dir.resolve("graph.json");
                Path scoresFile = dir.resolve("scores.json");
                Files.writeString(graphFile, Http.JSON.writeValueAsString(networkxInput(influence, seeds)));
                JsonNode nxOut = Http.JSON.readTree(Bench.run("python3", "scripts/bench_networkx.py", graphFile.toString(),
                        "--repeat", String.valueOf(NX_RUNS), "--no-warmup", "--scores", scoresFile.toString()));
                nxVersion = nxOut.get("networkx").asText() + " (Python " + nxOut.get("python").asText() + ")";
                Bench.Stats nxBuild = stats(nxOut, "build");
                Bench.Stats nxPr = stats(nxOut, "pagerank");
                Bench.Stats nxPpr = stats(nxOut, "personalized");
                Bench.Stats nxBc = stats(nxOut, "betweenness");
                double nxTotal = (nxPr.median() + nxPpr.median() + nxBc.median()) * 1000; // seconds to ms
                double maxDiff = agreement(analysis, index, Http.JSON.readTree(scoresFile.toFile()));
                assertTrue(maxDiff < 1e-6, "networkx and Powermap disagree by " + maxDiff);
                Files.delete(graphFile);
                Files.delete(scoresFile);
                Files.delete(dir);

                double full = service.median();
                double algos = pr.median() + ppr.median() + bc.median();
                main.append("| ").append(label).append(" | ").append(influence.edgeCount())
                        .append(" | **").append(service.cell()).append("** | ").append(Bench.fmt(serviceTiming.cpu().median()))
                        .append(" | ").append(state(tiesUnchanged)).append(" | ").append(Bench.fmt(firstHttp))
                        .append(" | ").append(cached.cell())
                        .append(" | ").append(Bench.fmt(nxTotal))
                        .append(" | **").append(Bench.ratio(nxTotal, full)).append("**")
                        .append(" | ").append(Bench.ratio(nxTotal, algos))
                        .append(" | ").append(String.format(Locale.ROOT, "%.1e", maxDiff)).append(" |\n");
                edits.append("| ").append(label).append(" | ").append(state(affected)).append(" | ").append(fullRuns)
                        .append(" | ").append(state(updates))
                        .append(" | ").append(bc.cell()).append(" | ").append(Bench.ratio(bc.median(), Bench.Stats.of(updates).median()))
                        .append(" | **").append(state(afterTie)).append("** | **").append(state(afterStance)).append("** | ")
                        .append(Bench.fmt(firstHttp)).append(" |\n");
                phases.append("| ").append(label)
                        .append(" | ").append(state(state)).append(" | ").append(state(load)).append(" | ").append(state(compute))
                        .append(" | ").append(build.cell()).append(" | ").append(pr.cell()).append(" | ").append(ppr.cell())
                        .append(" | ").append(bc.cell()).append(" | ").append(bcHeap.cell())
                        .append(" | ").append(Bench.ratio(bcHeap.median(), bc.median()))
                        .append(" | ").append(louvain.cell()).append(" |\n");
                nx.append("| ").append(label)
                        .append(" | ").append(nxBuild.cell(1000)).append(" | ").append(nxPr.cell(1000))
                        .append(" | ").append(nxPpr.cell(1000)).append(" | ").append(nxBc.cell(1000))
                        .append(" | ").append(Bench.ratio(nxPr.median() * 1000, pr.median()))
                        .append(" | ").append(Bench.ratio(nxPpr.median() * 1000, ppr.median()))
                        .append(" | ").append(Bench.ratio(nxBc.median() * 1000, bc.median())).append(" |\n");
            }
        }
        md.append("- networkx ").append(nxVersion).append(", PageRank tolerance 1e-13 on both sides\n")
                .append("- ").append(WARMUP).append(" warm-up rounds, then ").append(RUNS)
                .append(" measured (cached HTTP: ").append(RUNS * 2).append("); the uncached variants and phases run interleaved in each round; networkx ").append(NX_RUNS)
                .append(" runs; milliseconds, median (min–max)\n\n")
                .append("| people / ties | influence edges | full analysis, uncached (server) | its process CPU time | uncached, ties unchanged (after a stance or role edit) | first HTTP call | cached HTTP call "
                        + "| networkx PR + PPR + betweenness | networkx ÷ full analysis | networkx ÷ same three in Java "
                        + "| max abs diff vs networkx |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n").append(main)
                .append("\nWhere the uncached time goes (ms, median (min–max)):\n\n")
                .append("| people / ties | state query | subgraph load (Cypher via driver) | compute (all of InfluenceAnalysis) "
                        + "| build graphs | PageRank | personalised PageRank | betweenness | betweenness on the heap (baseline) "
                        + "| heap ÷ buckets | Louvain |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n").append(phases)
                .append("\nAfter one tie edit (").append(RUNS).append(" edits after ").append(WARMUP)
                .append(" warm-up ones; a new tie, or a stronger one where it exists): sources that `Betweenness.update` runs again "
                        + "(twice each: old and new graph), its time beside a full Brandes run, and the first analysis over HTTP after a "
                        + "new tie, and after a stance edit, posted through the API (ms, median (min–max)):\n\n")
                .append("| people / ties | sources run again | edits left to a full run (half the sources or more) "
                        + "| betweenness update | full betweenness | full ÷ update "
                        + "| first HTTP analysis after a new tie | first HTTP analysis after a stance edit "
                        + "| first HTTP call (cold, for comparison) |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n").append(edits)
                .append("\nnetworkx, same graphs (ms, median (min–max)), and its ratio to the same algorithm in Java:\n\n")
                .append("| people / ties | build DiGraph | pagerank | personalised pagerank | betweenness_centrality "
                        + "| PR ratio | PPR ratio | betweenness ratio |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n").append(nx);
        Bench.write("analysis", md.toString());
    }

    /** {@code influence} plus one tie between two random people, weighted like a random existing tie. */
    private static WeightedDigraph withTie(WeightedDigraph influence, Random rnd) {
        int n = influence.n();
        WeightedDigraph.Builder b = WeightedDigraph.builder(n);
        for (int u = 0; u < n; u++) {
            for (int e = influence.outStart(u); e < influence.outEnd(u); e++) {
                b.addEdge(u, influence.target(e), influence.weight(e));
            }
        }
        int u = rnd.nextInt(n);
        int v = (u + 1 + rnd.nextInt(n - 1)) % n;
        return b.addEdge(u, v, influence.weight(rnd.nextInt(influence.edgeCount()))).build();
    }

    private static String state(List<Double> values) {
        return Bench.Stats.of(values).cell();
    }

    private static Bench.Stats stats(JsonNode nxOut, String name) {
        List<Double> values = Bench.list();
        nxOut.get("runs").get(name).forEach(v -> values.add(v.asDouble()));
        return Bench.Stats.of(values);
    }

    private static double[] seeds(AccountGraph graph) {
        double[] seeds = new double[graph.people().size()];
        for (int i = 0; i < seeds.length; i++) {
            var role = graph.people().get(i).decisionRole();
            seeds[i] = role == null ? 0 : role.seedWeight();
        }
        return seeds;
    }

    /** The influence graph as InfluenceAnalysis builds it (parallel edges summed) and the teleport weights. */
    private static ObjectNode networkxInput(WeightedDigraph influence, double[] seeds) {
        ObjectNode in = Http.JSON.createObjectNode();
        in.put("n", influence.n());
        ArrayNode edges = in.putArray("edges");
        for (int u = 0; u < influence.n(); u++) {
            for (int e = influence.outStart(u); e < influence.outEnd(u); e++) {
                edges.addArray().add(u).add(influence.target(e)).add(influence.weight(e));
            }
        }
        ArrayNode p = in.putArray("personalization");
        for (double s : seeds) {
            p.add(s);
        }
        return in;
    }

    /** Largest absolute difference between the served scores and networkx's. */
    private static double agreement(Analysis analysis, Map<String, Integer> index, JsonNode nx) {
        Map<String, Scores> byId = new HashMap<>();
        analysis.people().forEach(s -> byId.put(s.id(), s));
        double max = 0;
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            Scores s = byId.get(e.getKey());
            int i = e.getValue();
            max = Math.max(max, Math.abs(s.pagerank() - nx.get("pagerank").get(i).asDouble()));
            max = Math.max(max, Math.abs(s.decisionInfluence() - nx.get("personalized").get(i).asDouble()));
            max = Math.max(max, Math.abs(s.betweenness() - nx.get("betweenness").get(i).asDouble()));
        }
        return max;
    }
}
