package io.powermap.scale;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.db.Queries;
import io.powermap.io.ImportRows;
import io.powermap.support.AppProcess;
import io.powermap.support.Documents;
import io.powermap.support.Http;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Import, concurrency and memory benchmarks (DESIGN.md section 6), against the app as a separate
 * process with embedded Neo4j, as it runs in production. Writes its section of BENCHMARKS.md between
 * markers, so it merges beside the analysis and graph sections written on another branch.
 */
@Tag("bench")
class ScaleBenchmark {

    private static final int PEOPLE = Integer.getInteger("bench.people", 100_000);
    private static final int TIES = Integer.getInteger("bench.ties", 1_000_000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    /** Untimed account-team load before the timed one: the JIT is still compiling the server's hot paths after the saturation run. */
    private static final int TEAM_WARMUP_SECONDS = Integer.getInteger("bench.teamWarmupSeconds", 60);
    private static final int ACCOUNTS = Integer.getInteger("bench.accounts", 8);
    private static final String BEGIN = "<!-- scale-benchmarks:begin -->";
    private static final String END = "<!-- scale-benchmarks:end -->";

    private final StringBuilder md = new StringBuilder();

    @Test
    void importConcurrencyAndMemory() throws Exception {
        Path work = Path.of("target", "bench-scale").toAbsolutePath();
        Files.createDirectories(work);
        Path data = work.resolve("data-" + System.currentTimeMillis());
        Path file = work.resolve("gen-" + PEOPLE + "-" + TIES + ".json");
        if (!Files.exists(file)) {
            long g = System.nanoTime();
            Files.move(Documents.generateFile(work, PEOPLE, TIES, 42), file);
            System.out.printf("generated %s in %.1f s%n", file, (System.nanoTime() - g) / 1e9);
        }
        header();
        List<String> jvm = new ArrayList<>(List.of("-Xmx2g"));
        // -Dbench.jvm="-XX:... -XX:...": JVM options of the app under test, to try GC settings.
        jvm.addAll(List.of(System.getProperty("bench.jvm", "").trim().split("\\s+")).stream().filter(a -> !a.isEmpty()).toList());
        if (System.getProperty("bench.jfr") != null) { // -Dbench.jfr=file.jfr: a CPU profile of the app for the whole run
            jvm.add("-XX:StartFlightRecording=filename=" + System.getProperty("bench.jfr") + ",settings=profile");
        }
        try (AppProcess app = AppProcess.start(data, work.resolve("app.log"), jvm, List.of())) {
            Http http = app.http();
            long rssStart = app.rssMiB();

            // 1. Bulk import of the big file
            long t0 = System.nanoTime();
            Http.Response accepted = http.send(HttpRequest.newBuilder(http.uri("/api/imports"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofFile(file)));
            assertEquals(202, accepted.status(), accepted.body());
            long uploaded = System.nanoTime();
            long rssPeak = 0;
            JsonNode job;
            while (true) {
                job = http.get(accepted.header("Location")).json();
                rssPeak = Math.max(rssPeak, app.rssMiB());
                if (job.get("state").asText().equals("DONE") || job.get("state").asText().equals("FAILED")) {
                    break;
                }
                Thread.sleep(500);
            }
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            double uploadSeconds = (uploaded - t0) / 1e9;
            assertEquals("DONE", job.get("state").asText(), job.toString());
            String bigAccount = job.get("accountId").asText();
            long rssAfterImport = app.rssMiB();
            System.out.printf("bulk import %.1f s (upload %.1f s)%n", importSeconds, uploadSeconds);

            // Baseline: one row per transaction, a sample, extrapolated.
            double[] naive = naive(app.boltPort);
            double naiveSeconds = PEOPLE * naive[0] + TIES * naive[1];

            // The level-of-detail graph of the big account
            long g1 = System.nanoTime();
            Http.Response lod = http.get("/api/accounts/" + bigAccount + "/graph");
            double lodFirst = (System.nanoTime() - g1) / 1e6;
            long g2 = System.nanoTime();
            http.get("/api/accounts/" + bigAccount + "/graph");
            double lodCached = (System.nanoTime() - g2) / 1e6;
            String firstCluster = null;
            for (JsonNode n : lod.json().at("/elements/nodes")) {
                if (n.at("/data/type").asText().equals("cluster")) {
                    firstCluster = n.at("/data/orgId").asText();
                    break;
                }
            }
            long g3 = System.nanoTime();
            Http.Response expanded = http.get("/api/accounts/" + bigAccount + "/graph?expand=" + firstCluster);
            double lodExpand = (System.nanoTime() - g3) / 1e6;

            md.append("### Bulk import of ").append(fmt(PEOPLE)).append(" people and ").append(fmt(TIES)).append(" ties\n\n");
            md.append("`POST /api/imports` of a generated file (`generate --people ").append(PEOPLE).append(" --ties ").append(TIES)
                    .append(" --seed 42`, ").append(Files.size(file) / (1 << 20)).append(" MiB), timed from the first byte sent to `DONE` ")
                    .append("(two validation passes, two write passes in batches of 10,000 rows, publish).\n\n");
            md.append("| measure | value | goal |\n|---|---|---|\n");
            md.append(String.format(Locale.ROOT, "| bulk import, total | **%.1f s** (upload %.1f s) | < 60 s |%n", importSeconds, uploadSeconds));
            md.append(String.format(Locale.ROOT, "| naive baseline, one row per transaction | %.2f ms per person, %.2f ms per tie, extrapolated **%.0f s** (%.1f h) | |%n",
                    naive[0] * 1000, naive[1] * 1000, naiveSeconds, naiveSeconds / 3600));
            md.append(String.format(Locale.ROOT, "| ratio naive / bulk | **%.0f×** | ≥ 50× |%n", naiveSeconds / importSeconds));
            md.append(String.format(Locale.ROOT, "| level-of-detail graph of this account: first (loads and caches the arrays) / cached / one org expanded | %.0f ms / %.0f ms / %.0f ms (%d nodes, %d edges; expanded: %d nodes) | |%n",
                    lodFirst, lodCached, lodExpand, lod.json().at("/elements/nodes").size(), lod.json().at("/elements/edges").size(),
                    expanded.json().at("/elements/nodes").size()));
            md.append("\nThe naive baseline sends the same `cypher/import/people` and `cypher/import/influences` queries with one row each, ")
                    .append("one managed transaction per row, through the driver to the same embedded database (sample of 1,000 people and 3,000 ties, ")
                    .append("extrapolated to the file's people and ties only; the memberships, reporting lines and stance history the bulk import also ")
                    .append("writes are left out, so the ratio is an underestimate).\n\n");

            // 2. Concurrency
            List<Account> accounts = new ArrayList<>();
            for (int i = 0; i < ACCOUNTS; i++) {
                JsonNode done = Documents.bulkImport(http, HttpRequest.BodyPublishers.ofByteArray(Documents.generate(300, 1_500, 100 + i)),
                        Duration.ofMinutes(5));
                assertEquals("DONE", done.get("state").asText(), done.toString());
                accounts.add(Account.load(http, done.get("accountId").asText()));
            }
            concurrency(app.port, app.pid(), accounts);

            long rssEnd = app.rssMiB();
            md.append("### Memory\n\n");
            md.append("Resident set size of the app process (embedded Neo4j, `-Xmx2g`, page cache 256 MiB by default), from `/proc/<pid>/status`.\n\n");
            md.append("| moment | RSS |\n|---|---|\n");
            md.append("| ready, empty database | ").append(rssStart).append(" MiB |\n");
            md.append("| peak during the ").append(fmt(PEOPLE)).append("-person import | ").append(rssPeak).append(" MiB |\n");
            md.append("| after the import | ").append(rssAfterImport).append(" MiB |\n");
            md.append("| after the concurrency run | ").append(rssEnd).append(" MiB |\n\n");
        }
        write();
    }

    /** Seconds per person row and per tie row, each in its own transaction. */
    private static double[] naive(int boltPort) {
        Queries q = Queries.load();
        String accountId = "naive-" + ImportRows.freshId();
        try (Driver d = GraphDatabase.driver("bolt://localhost:" + boltPort, AuthTokens.none()); Session s = d.session()) {
            s.executeWrite(tx -> tx.run(q.get("import/account"), accountRow(accountId)).consume());
            int people = 1_000;
            List<String> ids = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < people; i++) {
                String id = ImportRows.freshId();
                ids.add(id);
                Map<String, Object> row = personRow(id, i);
                s.executeWrite(tx -> tx.run(q.get("import/people"), Map.of("accountId", accountId, "rows", List.of(row))).consume());
            }
            double perPerson = (System.nanoTime() - t0) / 1e9 / people;
            int ties = 3_000;
            ThreadLocalRandom r = ThreadLocalRandom.current();
            long t1 = System.nanoTime();
            for (int i = 0; i < ties; i++) {
                Map<String, Object> row = new HashMap<>();
                row.put("id", ImportRows.freshId());
                row.put("from", ids.get(r.nextInt(people)));
                row.put("to", ids.get(r.nextInt(people)));
                row.put("kind", "ADVICE");
                row.put("strength", 2L);
                row.put("confidence", 0.8);
                row.put("source", null);
                row.put("since", LocalDate.of(2020, 1, 1));
                s.executeWrite(tx -> tx.run(q.get("import/influences"), Map.of("accountId", accountId, "rows", List.of(row))).consume());
            }
            double perTie = (System.nanoTime() - t1) / 1e9 / ties;
            s.run("MATCH (p:Person {accountId: $a}) DETACH DELETE p", Map.of("a", accountId)).consume();
            s.run("MATCH (a:Account {id: $a}) DETACH DELETE a", Map.of("a", accountId)).consume();
            return new double[]{perPerson, perTie};
        }
    }

    private static Map<String, Object> accountRow(String id) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", id);
        m.put("externalId", id);
        m.put("name", "naive baseline");
        m.put("customerClass", "B");
        m.put("orgLevel", "VENDOR");
        m.put("notes", null);
        m.put("importing", null);     // visible: an invisible account without a job is deleted by the janitor
        return m;
    }

    private static Map<String, Object> personRow(String id, int i) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", id);
        m.put("externalId", "p-" + i);
        m.put("name", "Person " + i);
        m.put("title", "Engineer");
        m.put("rank", "STAFF");
        m.put("decisionRole", null);
        m.put("stance", "NEUTRAL");
        m.put("stanceUpdatedAt", ZonedDateTime.now(ZoneOffset.UTC));
        m.put("risingStar", false);
        m.put("onOrgChart", true);
        m.put("needsProfessional", List.of());
        m.put("needsPersonal", List.of());
        m.put("criteriaCategories", List.of());
        m.put("criteriaNotes", List.of());
        m.put("notes", null);
        m.put("tags", List.of());
        return m;
    }

    private record Account(String id, List<String> people, List<String> names) {
        static Account load(Http http, String id) {
            List<String> people = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (JsonNode p : http.get("/api/accounts/" + id + "/people").json()) {
                people.add(p.get("id").asText());
                names.add(p.get("name").asText());
            }
            return new Account(id, people, names);
        }
    }

    private static final String[] KINDS = {"graph", "analysis", "search", "stance", "tie"};
    private static final String[] STANCES = {"OPPOSED", "NEUTRAL", "FAVORABLE", "SUPPORTIVE", "CHAMPION"};
    /** Mean pause between one user's requests in the account-team run (exponential, so arrivals are random). */
    private static final int THINK_MILLIS = Integer.getInteger("bench.thinkMillis", 1_000);

    /** One run's latencies in microseconds per kind, with its errors, conflicts and load average. */
    private record Run(List<List<Long>> samples, AtomicLong errors, AtomicLong conflicts, List<String> errorSamples,
                       String loadBefore, String loadAfter, double cpuMillis) {
        long[] sorted(int... kinds) {
            return Arrays.stream(kinds).boxed().flatMap(k -> samples.get(k).stream()).mapToLong(Long::longValue).sorted().toArray();
        }
    }

    private void concurrency(int port, long pid, List<Account> accounts) throws Exception {
        String base = "http://localhost:" + port;
        session = new Http(port).session();
        // Warm-up: every kind of request on every account, so first Cypher compilations and JIT are not measured.
        HttpClient warm = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (Account a : accounts) {
            for (int k = 0; k < KINDS.length; k++) {
                HttpRequest req = request(warm, base, a, k, ThreadLocalRandom.current());
                if (req != null) {
                    warm.send(req, HttpResponse.BodyHandlers.discarding());
                }
            }
        }
        Run saturation = run(base, pid, accounts, 0, SECONDS);
        run(base, pid, accounts, THINK_MILLIS, TEAM_WARMUP_SECONDS);
        double settled = settle(pid);
        Run teams = run(base, pid, accounts, THINK_MILLIS, SECONDS);

        md.append("### ").append(CLIENTS).append(" concurrent clients for ").append(SECONDS).append(" s\n\n");
        md.append(CLIENTS).append(" threads on loopback, each with its own HTTP/1.1 client, pick one of ").append(ACCOUNTS)
                .append(" accounts (300 people and 1,500 ties each, bulk-imported; the ").append(fmt(PEOPLE))
                .append("-person account is in the same database) and do: 35% graph, 15% analysis, 25% search (4-letter prefix of a name), ")
                .append("15% stance change (GET the person for its version, then POST; only the POST is timed), 10% new influence tie. ")
                .append("Every request kind ran once per account before the clock started (first Cypher compilations). ")
                .append("Reads are answered from the per-state answer cache until a write changes their account; a write makes the next ")
                .append("graph, analysis or search of that account recompute (docs/SCALE.md).\n\n");
        md.append("**Saturation (closed loop, no think time)**: each client sends its next request as soon as the last one is answered, ")
                .append("so the server is never idle and latency is queueing: by Little's law mean latency = clients / throughput.\n\n");
        table(saturation, SECONDS);
        double throughput = saturation.sorted(0, 1, 2, 3, 4).length / (double) SECONDS;
        long[] all = saturation.sorted(0, 1, 2, 3, 4);
        md.append(String.format(Locale.ROOT, "Little's law: %d clients / %.0f requests/s = %.1f ms; measured mean latency %.1f ms.%n%n",
                CLIENTS, throughput, CLIENTS * 1000 / Math.max(throughput, 1e-9), Arrays.stream(all).average().orElse(0) / 1000));
        md.append("**Account teams (open loop, labelled separately; not a replacement for the saturation numbers)**: the same ")
                .append(CLIENTS).append(" clients and mix, but each user pauses a random think time (exponential, mean ")
                .append(fmt(THINK_MILLIS)).append(" ms) between requests, as people reading a map do. Requests are scheduled on each ")
                .append("user's own timeline and latency counts from the scheduled moment, so a slow answer that delays the next ")
                .append("request is not hidden (no coordinated omission). It is measured in steady state: after ")
                .append(TEAM_WARMUP_SECONDS).append(" s of the same load untimed (a profile showed the JIT's compiler threads still the ")
                .append("largest CPU user two minutes into the load) and once the app is idle again ")
                .append(String.format(Locale.ROOT, "(its CPU below 5%% of a core for 2 s: after %.1f s).%n%n", settled));
        table(teams, SECONDS);
        System.out.println(md);
    }

    /** {@code CLIENTS} clients for {@code seconds}; {@code thinkMillis} 0 is the closed-loop saturation run. */
    private static Run run(String base, long pid, List<Account> accounts, int thinkMillis, int seconds) throws InterruptedException {
        List<List<Long>> samples = new ArrayList<>();
        for (int k = 0; k < KINDS.length; k++) {
            samples.add(java.util.Collections.synchronizedList(new ArrayList<>()));
        }
        Run run = new Run(samples, new AtomicLong(), new AtomicLong(), java.util.Collections.synchronizedList(new ArrayList<>()),
                sh("cat", "/proc/loadavg"), null, 0);
        double cpu0 = cpuMillis(pid);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            Thread t = new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                ThreadLocalRandom r = ThreadLocalRandom.current();
                long scheduled = System.nanoTime();
                try {
                    while (System.nanoTime() < end) {
                        if (thinkMillis > 0) {
                            scheduled += (long) (-Math.log(1 - r.nextDouble()) * thinkMillis * 1_000_000);
                            long wait = scheduled - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                            if (scheduled >= end) {
                                break;
                            }
                        }
                        Account a = accounts.get(r.nextInt(accounts.size()));
                        int roll = r.nextInt(100);
                        int kind = roll < 35 ? 0 : roll < 50 ? 1 : roll < 75 ? 2 : roll < 90 ? 3 : 4;
                        try {
                            HttpRequest req = request(client, base, a, kind, r);
                            if (req == null) {
                                continue;
                            }
                            long t0 = thinkMillis > 0 && kind != 3 ? Math.min(scheduled, System.nanoTime()) : System.nanoTime();
                            HttpResponse<byte[]> resp = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                            long micros = (System.nanoTime() - t0) / 1_000;
                            int status = resp.statusCode();
                            if (status == 409) {
                                run.conflicts().incrementAndGet();
                            } else if (status >= 400) {
                                run.errors().incrementAndGet();
                                if (run.errorSamples().size() < 5) {
                                    run.errorSamples().add(KINDS[kind] + " " + status + " " + new String(resp.body(), StandardCharsets.UTF_8));
                                }
                            }
                            samples.get(kind).add(micros);
                        } catch (IOException e) {
                            run.errors().incrementAndGet();
                            if (run.errorSamples().size() < 5) {
                                run.errorSamples().add(KINDS[kind] + " " + e);
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
            t.start();
        }
        done.await();
        return new Run(samples, run.errors(), run.conflicts(), run.errorSamples(), run.loadBefore(), sh("cat", "/proc/loadavg"),
                cpuMillis(pid) - cpu0);
    }

    /** The timed request of one kind (a stance change first GETs the person's version, untimed); null to skip. */
    private static HttpRequest request(HttpClient client, String base, Account a, int kind, ThreadLocalRandom r)
            throws IOException, InterruptedException {
        String acct = base + "/api/accounts/" + a.id();
        switch (kind) {
            case 0 -> {
                return signedIn(URI.create(acct + "/graph")).build();
            }
            case 1 -> {
                return signedIn(URI.create(acct + "/analysis")).build();
            }
            case 2 -> {
                String name = a.names().get(r.nextInt(a.names().size()));
                String word = name.split(" ")[r.nextInt(2) % name.split(" ").length];
                return signedIn(URI.create(acct + "/search?q="
                        + java.net.URLEncoder.encode(word.substring(0, Math.min(4, word.length())), StandardCharsets.UTF_8))).build();
            }
            case 3 -> {
                String pid = a.people().get(r.nextInt(a.people().size()));
                HttpResponse<String> p = client.send(signedIn(URI.create(acct + "/people/" + pid)).build(),
                        HttpResponse.BodyHandlers.ofString());
                long version = Http.JSON.readTree(p.body()).get("version").asLong();
                return json(acct + "/people/" + pid + "/stance",
                        "{\"stance\":\"" + STANCES[r.nextInt(STANCES.length)] + "\",\"version\":" + version + "}");
            }
            default -> {
                String from = a.people().get(r.nextInt(a.people().size()));
                String to = a.people().get(r.nextInt(a.people().size()));
                if (from.equals(to)) {
                    return null;
                }
                return json(acct + "/influences", "{\"from\":\"" + from + "\",\"to\":\"" + to
                        + "\",\"kind\":\"OTHER\",\"strength\":1,\"confidence\":0.5}");
            }
        }
    }

    /** Per-kind and all-reads percentiles, throughput, errors and the load average around the run. */
    private void table(Run run, int seconds) {
        md.append("| kind | requests | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|\n");
        for (int k = 0; k < KINDS.length; k++) {
            row(KINDS[k], run.sorted(k));
        }
        row("**all reads**", run.sorted(0, 1, 2));
        md.append(String.format(Locale.ROOT, "%nThroughput **%.0f requests/s**; errors **%d** (goal 0)%s; 409 edit conflicts (a stale version, the expected answer to two clients editing one person): %d. Goal: p99 of reads < 50 ms. Load average (`/proc/loadavg`) before: %s; after: %s.%n%n",
                run.sorted(0, 1, 2, 3, 4).length / (double) seconds, run.errors().get(),
                run.errorSamples().isEmpty() ? "" : " e.g. " + run.errorSamples(), run.conflicts().get(), run.loadBefore(), run.loadAfter()));
        md.append(String.format(Locale.ROOT, "App process CPU time (user + system, from `/proc/<pid>/stat`): %.0f ms, **%.1f ms per request** "
                + "(what a request costs whatever the machine's load; the latencies above mostly measure waiting for a core).%n%n",
                run.cpuMillis(), run.cpuMillis() / Math.max(1, run.sorted(0, 1, 2, 3, 4).length)));
    }

    /** The app process's CPU time so far (utime + stime, clock ticks of 10 ms). */
    /** Waits (up to 60 s) until the app uses less than 5% of a core over 2 s; returns the seconds waited. */
    private static double settle(long pid) throws InterruptedException {
        long start = System.nanoTime();
        double before = cpuMillis(pid);
        while (System.nanoTime() - start < 60_000_000_000L) {
            Thread.sleep(2_000);
            double now = cpuMillis(pid);
            if (now - before < 100) {
                break;
            }
            before = now;
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    private void row(String kind, long[] a) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", kind, a.length,
                pct(a, 50), pct(a, 95), pct(a, 99), a.length == 0 ? 0 : a[a.length - 1] / 1000.0));
    }

    /** The test admin's session for the raw load clients (every route needs a user). */
    private static volatile String session;

    private static HttpRequest.Builder signedIn(URI uri) {
        return HttpRequest.newBuilder(uri).header("Cookie", Http.COOKIE + "=" + session).header("X-Powermap-Request", "1");
    }

    private static HttpRequest json(String url, String body) {
        return signedIn(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
    }

    private static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private void header() throws Exception {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("date", ZonedDateTime.now(ZoneOffset.UTC).withNano(0).toString());
        m.put("commit", sh("git", "rev-parse", "--short", "HEAD") + (sh("git", "status", "--porcelain").isBlank() ? "" : " (with uncommitted changes)"));
        m.put("CPU", sh("nproc") + " × " + cpuModel());
        m.put("RAM", memTotal());
        m.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("load average at start", sh("cat", "/proc/loadavg"));
        md.append("## Import, concurrency and memory\n\n");
        md.append("Measured by `mvn -Pbench test -Dtest=ScaleBenchmark` (`src/test/java/io/powermap/scale/ScaleBenchmark.java`). ")
                .append("Wall times depend on the machine and on what else runs on it (the load average below was taken at the start); ")
                .append("compare ratios measured in the same run.\n\n");
        m.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append('\n');
    }

    private static String cpuModel() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "unknown";
    }

    private static String memTotal() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB";
            }
        }
        return "unknown";
    }

    private static String sh(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            return out;
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** Replaces this benchmark's section of BENCHMARKS.md (between its markers), or appends it. */
    private void write() throws IOException {
        Path target = Path.of("BENCHMARKS.md");
        String section = BEGIN + "\n" + md.toString().strip() + "\n" + END + "\n";
        String existing = Files.exists(target) ? Files.readString(target) : "# Benchmarks\n\n";
        int b = existing.indexOf(BEGIN);
        int e = existing.indexOf(END);
        String updated = b >= 0 && e > b
                ? existing.substring(0, b) + section + existing.substring(e + END.length()).replaceFirst("^\n", "")
                : existing.stripTrailing() + "\n\n" + section;
        Files.writeString(target, updated);
    }
}
