package io.powermap.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Shared helpers for the benchmarks: timing with warm-up and repeats, median/min/max, the machine
 * and commit header, and writing a Markdown section to {@code target/bench/<name>.md}.
 */
final class Bench {

    private Bench() {}

    /** Timings of one measured thing, in milliseconds. */
    record Stats(double[] ms) {
        double median() {
            double[] s = sorted();
            int n = s.length;
            return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        }

        double min() {
            return sorted()[0];
        }

        double max() {
            return sorted()[ms.length - 1];
        }

        int runs() {
            return ms.length;
        }

        private double[] sorted() {
            double[] s = ms.clone();
            Arrays.sort(s);
            return s;
        }

        /** "12.3 (11.9–14.0)": median with min–max. */
        String cell() {
            return cell(1);
        }

        /** The same after multiplying by {@code scale} (1000 turns seconds into milliseconds). */
        String cell(double scale) {
            return fmt(median() * scale) + " (" + fmt(min() * scale) + "–" + fmt(max() * scale) + ")";
        }

        static Stats of(List<Double> values) {
            return new Stats(values.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    /** Runs {@code warmup} unmeasured then {@code runs} measured calls of {@code work}. */
    static Stats time(int warmup, int runs, Runnable work) {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return new Stats(ms);
    }

    /** Wall-clock and process CPU time (all threads of this JVM, Neo4j's included) of the same runs. */
    record Timing(Stats wall, Stats cpu) {}

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    /**
     * Like {@link #time} but also records the JVM's CPU time per run. On a shared machine wall time
     * includes waiting for a core; CPU time does not (10 ms granularity on Linux).
     */
    static Timing timeWithCpu(int warmup, int runs, Runnable work) {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c = OS.getProcessCpuTime();
            long t = System.nanoTime();
            work.run();
            wall[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (OS.getProcessCpuTime() - c) / 1e6;
        }
        return new Timing(new Stats(wall), new Stats(cpu));
    }

    static double millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1e6;
    }

    static <T> T timed(List<Double> into, Supplier<T> work) {
        long t = System.nanoTime();
        T result = work.get();
        into.add(millisSince(t));
        return result;
    }

    static String fmt(double ms) {
        if (ms >= 100) {
            return String.format(Locale.ROOT, "%.0f", ms);
        }
        if (ms >= 10) {
            return String.format(Locale.ROOT, "%.1f", ms);
        }
        return String.format(Locale.ROOT, "%.2f", ms);
    }

    static String ratio(double baseline, double ours) {
        double r = baseline / ours;
        return r >= 10 ? String.format(Locale.ROOT, "%.0f×", r) : String.format(Locale.ROOT, "%.1f×", r);
    }

    /** Machine, JVM, commit and date, as Markdown lines. */
    static String header() {
        String cpu = "?";
        String ram = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
            ram = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> String.format(Locale.ROOT, "%.1f GiB",
                            Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0)).orElse("?");
        } catch (IOException | RuntimeException ignored) {
            // leave "?"
        }
        String load = "?";
        try {
            load = Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[0];
        } catch (IOException ignored) {
            // leave "?"
        }
        return "- Machine: " + Runtime.getRuntime().availableProcessors() + " cores (nproc " + run("nproc").trim()
                + "), " + cpu + ", " + ram + " RAM, load average " + load + " at start (read it before the numbers: other work on the machine slows them)\n"
                + "- Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB\n"
                + "- Commit: `" + run("git", "rev-parse", "--short", "HEAD").trim()
                + (run("git", "status", "--porcelain", "--", "src/main", "cypher").isBlank() ? "" : " (+ uncommitted changes)")
                + "`\n"
                + "- Date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME).substring(0, 16) + " UTC\n";
    }

    /** Runs a command, returns its stdout (stderr is inherited); fails on a non-zero exit. */
    static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int rc = p.waitFor();
            if (rc != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + rc);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code target/bench/<name>.md} and echoes it to stdout. */
    static Path write(String name, String markdown) throws IOException {
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".md");
        Files.writeString(file, markdown);
        System.out.println(markdown);
        return file;
    }

    static List<Double> list() {
        return new ArrayList<>();
    }
}
