package io.powermap.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.db.DatabaseTemplate;
import io.powermap.support.AppProcess;
import io.powermap.support.TestApp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.ByteUnit;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Start to ready (issue 9, goal < 10 s): the packaged {@code target/powermap.jar} in a fresh JVM with embedded
 * Neo4j on a fresh data directory (which it fills from the database template mvn package put in the jar), then
 * restarted on that directory; for comparison a fresh directory with the template switched off
 * ({@code -Dpowermap.template=off}: schema created and demo seeded live); baseline, interleaved in the same
 * rounds: a fresh JVM that only builds a bare {@code DatabaseManagementService} on a fresh directory. Timed from
 * process start to the ready line on stdout; RSS from {@code /proc} at that moment. Needs
 * {@code mvn -DskipTests package} first: the test class path has no template.
 */
@Tag("bench")
class StartupBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final String READY = "Powermap ready";
    private static final String BARE_READY = "bare dbms ready";
    private static final List<String> JVM = List.of("-Xmx2g");
    private static final Path JAR = Path.of("target/powermap.jar").toAbsolutePath();

    private record Start(double ms, long rssMiB, double cpuMs, String line) {}

    /** One kind of start: its wall times, CPU and RSS over the rounds. */
    private record Series(List<Double> ms, List<Double> cpu, List<Double> rss) {
        Series() {
            this(Bench.list(), Bench.list(), Bench.list());
        }

        Start add(Start s) {
            ms.add(s.ms());
            cpu.add(s.cpuMs());
            rss.add((double) s.rssMiB());
            return s;
        }
    }

    @Test
    void startToReady() throws Exception {
        requireFreshJar();
        String header = Bench.header();
        Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "bench-startup-");
        Series bare = new Series();
        Series fresh = new Series();
        Series restart = new Series();
        Series live = new Series();
        List<String> readyLines = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Start b = bare.add(start(AppProcess.java(JVM, BareDbms.class.getName()), List.of(work.resolve("bare-" + i).toString()), BARE_READY));
            Path data = work.resolve("app-" + i);
            Start f = fresh.add(startJar(data, List.of()));
            Start r = restart.add(startJar(data, List.of()));
            Start l = live.add(startJar(work.resolve("live-" + i), List.of("-D" + DatabaseTemplate.SWITCH + "=off")));
            readyLines.add(f.line() + " / restart: " + r.line() + " / without the template: " + l.line());
            System.out.printf("round %d: bare %.0f ms, jar fresh (template) %.0f ms, jar restart %.0f ms, jar fresh without template %.0f ms%n",
                    i, b.ms(), f.ms(), r.ms(), l.ms());
        }
        Bench.Stats bareStats = Bench.Stats.of(bare.ms());
        Bench.Stats freshStats = Bench.Stats.of(fresh.ms());
        StringBuilder md = new StringBuilder("## Startup: start to ready, embedded\n\n").append(header);
        md.append("- ").append(RUNS).append(" rounds, each: bare DBMS, `java -jar target/powermap.jar` on a fresh directory (from the database ")
                .append("template in the jar), restarted on it, and on a fresh directory with `-Dpowermap.template=off` (schema and demo live) ")
                .append("(a fresh JVM each, `-Xmx2g`, page cache 256 MiB as by default); milliseconds from process start to the ready line, ")
                .append("median (min–max); process CPU (user + system, all threads) at that moment takes out most of the waiting for a core ")
                .append("on a busy machine\n\n");
        md.append("| start | wall time | ÷ bare DBMS | process CPU at ready | ÷ bare DBMS | RSS at ready (MiB) |\n|---|---:|---:|---:|---:|---:|\n");
        row(md, "baseline: bare `DatabaseManagementServiceBuilder` on a fresh directory", bare, bare);
        row(md, "**jar, fresh data directory** (database template unpacked, admin created)", fresh, bare);
        row(md, "jar restarted on that directory", restart, bare);
        row(md, "jar, fresh data directory without the template (schema, admin, demo seeded live)", live, bare);
        md.append("\nGoal < 10 s: ").append(freshStats.median() < 10_000 ? "met" : "**not met**").append(" (median), ")
                .append(freshStats.min() < 10_000 ? "met" : "not met").append(" (min). The app's own ready lines (first round):\n\n```\n")
                .append(readyLines.get(0)).append("\n```\n");
        Bench.write("startup", md.toString());
        deleteTree(work);
        assertTrue(freshStats.median() > bareStats.min(), "the app starts a DBMS too, so it cannot be faster than a bare one");
    }

    /**
     * What a newcomer waits for after the ready line: sign-in, then the first screen of the demo account (the
     * requests the browser sends: the account list, then the account, its map, its analysis and its saved
     * positions side by side). The jar on a fresh data directory with the warm-up on (default) and off
     * ({@code --warmup false}, the baseline), alternating which goes first, after a pause for opening the
     * browser and typing the password ({@code bench.userDelayMs}, default 5 s; 0 measures a user who is quicker
     * than the warm-up).
     */
    @Test
    void firstScreenAfterStart() throws Exception {
        requireFreshJar();
        String header = Bench.header();
        int runs = Integer.getInteger("bench.firstScreenRuns", 4);
        long userDelay = Long.getLong("bench.userDelayMs", 5000);
        Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "bench-first-screen-");
        Map<Boolean, List<FirstScreen>> results = new LinkedHashMap<>();
        results.put(true, new ArrayList<>());
        results.put(false, new ArrayList<>());
        for (int i = 0; i < runs; i++) {
            for (boolean warmup : i % 2 == 0 ? List.of(true, false) : List.of(false, true)) {
                FirstScreen f = firstScreen(work.resolve("first-" + i + "-" + warmup), warmup, userDelay);
                results.get(warmup).add(f);
                System.out.printf("round %d, warm-up %s: sign-in %.0f ms, first screen %.0f ms (%s)%n",
                        i, warmup, f.signInMs(), f.screenMs(), f.warmupLine());
            }
        }
        StringBuilder md = new StringBuilder("## First screen after start (sign-in, demo map and analysis)\n\n").append(header);
        md.append("- ").append(runs).append(" rounds, each: `java -jar target/powermap.jar` on a fresh data directory with the warm-up ")
                .append("on and with `--warmup false` (the order alternating per round); after the ready line a pause of ")
                .append(userDelay).append(" ms (a person opening the browser), then over loopback: `POST /api/login`, ")
                .append("`GET /api/me` and `/api/accounts` (sign-in), then the browser's first screen of the demo account, ")
                .append("`GET` account, map (`graph?view=all`), analysis and saved positions side by side; milliseconds, median (min–max)\n\n");
        md.append("| warm-up | sign-in (login, me, accounts) | first screen (account, map, analysis, positions) | together | ÷ warm-up off |\n")
                .append("|---|---:|---:|---:|---:|\n");
        Bench.Stats off = Bench.Stats.of(results.get(false).stream().map(f -> f.signInMs() + f.screenMs()).toList());
        for (var e : results.entrySet()) {
            Bench.Stats signIn = Bench.Stats.of(e.getValue().stream().map(FirstScreen::signInMs).toList());
            Bench.Stats screen = Bench.Stats.of(e.getValue().stream().map(FirstScreen::screenMs).toList());
            Bench.Stats both = Bench.Stats.of(e.getValue().stream().map(f -> f.signInMs() + f.screenMs()).toList());
            md.append("| ").append(e.getKey() ? "**on** (default)" : "off (baseline)").append(" | ").append(signIn.cell())
                    .append(" | ").append(screen.cell()).append(" | ").append(both.cell()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f×", both.median() / off.median())).append(" |\n");
        }
        md.append("\nThe warm-up's own line (first round): `").append(results.get(true).get(0).warmupLine()).append("`\n");
        Bench.write(userDelay == 5000 ? "first-screen" : "first-screen-" + userDelay, md.toString());
        deleteTree(work);
        for (FirstScreen f : results.get(true)) {
            assertTrue(f.warmupLine().contains("Warm-up: 1 account(s), 93 people"), f.warmupLine());
        }
    }

    private record FirstScreen(double signInMs, double screenMs, String warmupLine) {}

    private static FirstScreen firstScreen(Path data, boolean warmup, long userDelay) throws Exception {
        int port = AppProcess.freePort();
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        cmd.addAll(JVM);
        cmd.addAll(List.of("-jar", JAR.toString(), "--data", data.toString(), "--port", String.valueOf(port),
                "--bolt-port", String.valueOf(AppProcess.freePort()), "--admin-password", TestApp.ADMIN_PASSWORD,
                "--warmup", String.valueOf(warmup)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        CountDownLatch ready = new CountDownLatch(1);
        AtomicReference<String> warmupLine = new AtomicReference<>("(none)");
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith(READY)) {
                        ready.countDown();
                    }
                    if (line.contains("Warm-up:")) {
                        warmupLine.set(line.substring(line.indexOf("Warm-up:")));
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            assertTrue(ready.await(3, TimeUnit.MINUTES), "no ready line");
            Thread.sleep(userDelay);
            HttpClient client = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager()).build();
            String base = "http://localhost:" + port;
            long t0 = System.nanoTime();
            send(client, HttpRequest.newBuilder(URI.create(base + "/api/login"))
                    .header("Content-Type", "application/json").header("X-Powermap-Request", "1")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"admin\",\"password\":\"" + TestApp.ADMIN_PASSWORD + "\"}")));
            get(client, base + "/api/me");
            String accounts = get(client, base + "/api/accounts");
            double signIn = Bench.millisSince(t0);
            String id = new ObjectMapper().readTree(accounts).get(0).get("id").asText();
            long t1 = System.nanoTime();
            List<CompletableFuture<String>> screen = new ArrayList<>();
            for (String path : List.of("", "/graph?view=all", "/analysis", "/positions/formal")) {
                screen.add(CompletableFuture.supplyAsync(() -> get(client, base + "/api/accounts/" + id + path)));
            }
            screen.forEach(CompletableFuture::join);
            double screenMs = Bench.millisSince(t1);
            if (warmup) {
                // The line comes when the warm-up ends, possibly after a quick user's requests.
                for (int i = 0; i < 600 && warmupLine.get().equals("(none)"); i++) {
                    Thread.sleep(100);
                }
            }
            return new FirstScreen(signIn, screenMs, warmupLine.get());
        } finally {
            p.destroy();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
        }
    }

    private static String get(HttpClient client, String url) {
        return send(client, HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip").GET());
    }

    private static String send(HttpClient client, HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() >= 300) {
                throw new IllegalStateException(r.statusCode() + " for " + r.uri());
            }
            byte[] body = r.body();
            if (r.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
                body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
            }
            return new String(body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The template is built by mvn package, so only the jar has it; a jar older than the classes measures old code. */
    private static void requireFreshJar() throws IOException {
        assertTrue(Files.exists(JAR), JAR + " is missing: run mvn -DskipTests package first");
        long jar = Files.getLastModifiedTime(JAR).toMillis();
        try (var classes = Files.walk(Path.of("target/classes"))) {
            Optional<Path> newer = classes.filter(Files::isRegularFile)
                    .filter(p -> p.toFile().lastModified() > jar).findFirst();
            assertTrue(newer.isEmpty(), JAR + " is older than " + newer.orElse(null) + ": run mvn -DskipTests package first");
        }
    }

    private static void row(StringBuilder md, String what, Series s, Series baseline) {
        Bench.Stats ms = Bench.Stats.of(s.ms());
        Bench.Stats cpu = Bench.Stats.of(s.cpu());
        md.append("| ").append(what).append(" | ").append(ms.cell()).append(" | ")
                .append(String.format(Locale.ROOT, "%.2f×", ms.median() / Bench.Stats.of(baseline.ms()).median())).append(" | ")
                .append(cpu.cell()).append(" | ")
                .append(String.format(Locale.ROOT, "%.2f×", cpu.median() / Bench.Stats.of(baseline.cpu()).median())).append(" | ")
                .append(Bench.fmt(Bench.Stats.of(s.rss()).median())).append(" |\n");
    }

    private static Start startJar(Path data, List<String> properties) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(JVM);
        cmd.addAll(properties);
        cmd.addAll(List.of("-jar", JAR.toString()));
        return start(cmd, List.of("--data", data.toString(),
                "--port", String.valueOf(AppProcess.freePort()), "--bolt-port", String.valueOf(AppProcess.freePort()),
                "--admin-password", TestApp.ADMIN_PASSWORD), READY);
    }

    /** Starts the command, waits for {@code readyLine} on its stdout, reads RSS, then stops it (SIGTERM) and waits. */
    private static Start start(List<String> command, List<String> args, String readyLine) throws Exception {
        List<String> cmd = new ArrayList<>(command);
        cmd.addAll(args);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(readyLine)) {
                    double ms = Bench.millisSince(t0);
                    long rss = rssMiB(p.pid());
                    double cpuMs = cpuMillis(p.pid());
                    p.destroy(); // SIGTERM: a clean shutdown, so the restart finds a cleanly closed store
                    if (!p.waitFor(2, TimeUnit.MINUTES)) {
                        p.destroyForcibly();
                    }
                    return new Start(ms, rss, cpuMs, line);
                }
            }
            throw new IllegalStateException(String.join(" ", cmd) + " exited with " + p.waitFor() + " before '" + readyLine + "'");
        } finally {
            p.destroyForcibly();
        }
    }

    /** User + system CPU time of the process so far (all its threads), from /proc/<pid>/stat in clock ticks of 10 ms. */
    private static double cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0;
    }

    /** The data directories are ~0.5–2 GB each (preallocated transaction logs). */
    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static long rssMiB(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).orElse(-1L);
    }

    /** The baseline's JVM: builds a DBMS on a fresh directory with the app's page cache, waits for the default database. */
    public static final class BareDbms {
        public static void main(String[] args) throws Exception {
            DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(Path.of(args[0]))
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                    .build();
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).beginTx().close();
            System.out.println(BARE_READY);
            Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
            Thread.currentThread().join();
        }
    }
}
