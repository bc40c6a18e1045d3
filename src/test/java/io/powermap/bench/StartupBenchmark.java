package io.powermap.bench;

import io.powermap.support.AppProcess;
import io.powermap.support.TestApp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.ByteUnit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Start to ready (issue 9, goal < 10 s): {@code io.powermap.App} in a fresh JVM with embedded Neo4j on a
 * fresh data directory (schema created, demo seeded, as a first start does), then restarted on that
 * directory; baseline, interleaved in the same rounds: a fresh JVM that only builds a bare
 * {@code DatabaseManagementService} on a fresh directory. Timed from process start to the ready line on
 * stdout; RSS from {@code /proc} at that moment.
 */
@Tag("bench")
class StartupBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final String READY = "Powermap ready";
    private static final String BARE_READY = "bare dbms ready";
    private static final List<String> JVM = List.of("-Xmx2g");

    private record Start(double ms, long rssMiB, double cpuMs, String line) {}

    @Test
    void startToReady() throws Exception {
        String header = Bench.header();
        Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "bench-startup-");
        List<Double> bare = Bench.list();
        List<Double> fresh = Bench.list();
        List<Double> restart = Bench.list();
        List<Double> bareRss = Bench.list();
        List<Double> freshRss = Bench.list();
        List<Double> restartRss = Bench.list();
        List<Double> bareCpu = Bench.list();
        List<Double> freshCpu = Bench.list();
        List<Double> restartCpu = Bench.list();
        List<String> readyLines = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Start b = start(AppProcess.java(JVM, BareDbms.class.getName()), List.of(work.resolve("bare-" + i).toString()), BARE_READY);
            bare.add(b.ms());
            bareRss.add((double) b.rssMiB());
            bareCpu.add(b.cpuMs());
            Path data = work.resolve("app-" + i);
            Start f = startApp(data);
            fresh.add(f.ms());
            freshRss.add((double) f.rssMiB());
            freshCpu.add(f.cpuMs());
            Start r = startApp(data);
            restart.add(r.ms());
            restartRss.add((double) r.rssMiB());
            restartCpu.add(r.cpuMs());
            readyLines.add(f.line() + " / restart: " + r.line());
            System.out.printf("round %d: bare %.0f ms, app fresh %.0f ms, app restart %.0f ms%n", i, b.ms(), f.ms(), r.ms());
        }
        Bench.Stats bareStats = Bench.Stats.of(bare);
        Bench.Stats freshStats = Bench.Stats.of(fresh);
        Bench.Stats restartStats = Bench.Stats.of(restart);
        StringBuilder md = new StringBuilder("## Startup: start to ready, embedded\n\n").append(header);
        md.append("- ").append(RUNS).append(" rounds, each: bare DBMS, app on a fresh directory, app restarted on it (a fresh JVM each, `-Xmx2g`, ")
                .append("page cache 256 MiB as by default); milliseconds from process start to the ready line, median (min–max); ")
                .append("process CPU (user + system, all threads) at that moment takes out most of the waiting for a core on a busy machine\n\n");
        md.append("| start | wall time | ÷ bare DBMS | process CPU at ready | ÷ bare DBMS | RSS at ready (MiB) |\n|---|---:|---:|---:|---:|---:|\n");
        row(md, "baseline: bare `DatabaseManagementServiceBuilder` on a fresh directory", bareStats, bareStats,
                Bench.Stats.of(bareCpu), Bench.Stats.of(bareCpu), Bench.Stats.of(bareRss));
        row(md, "**app, fresh data directory** (schema, admin, demo seeded)", freshStats, bareStats,
                Bench.Stats.of(freshCpu), Bench.Stats.of(bareCpu), Bench.Stats.of(freshRss));
        row(md, "app restarted on that directory", restartStats, bareStats,
                Bench.Stats.of(restartCpu), Bench.Stats.of(bareCpu), Bench.Stats.of(restartRss));
        md.append("\nGoal < 10 s: ").append(freshStats.median() < 10_000 ? "met" : "**not met**").append(" (median), ")
                .append(freshStats.min() < 10_000 ? "met" : "not met").append(" (min). The app's own ready lines (first round):\n\n```\n")
                .append(readyLines.get(0)).append("\n```\n");
        Bench.write("startup", md.toString());
        deleteTree(work);
        assertTrue(freshStats.median() > bareStats.min(), "the app starts a DBMS too, so it cannot be faster than a bare one");
    }

    private static void row(StringBuilder md, String what, Bench.Stats s, Bench.Stats baseline, Bench.Stats cpu,
                            Bench.Stats cpuBaseline, Bench.Stats rss) {
        md.append("| ").append(what).append(" | ").append(s.cell()).append(" | ")
                .append(String.format(Locale.ROOT, "%.2f×", s.median() / baseline.median())).append(" | ")
                .append(cpu.cell()).append(" | ")
                .append(String.format(Locale.ROOT, "%.2f×", cpu.median() / cpuBaseline.median())).append(" | ")
                .append(Bench.fmt(rss.median())).append(" |\n");
    }

    private static Start startApp(Path data) throws Exception {
        return start(AppProcess.java(JVM, "io.powermap.App"), List.of("--data", data.toString(),
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
