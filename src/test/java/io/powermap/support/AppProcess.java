package io.powermap.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The app as a separate JVM (embedded Neo4j in a data directory), so a test can kill -9 it. */
public final class AppProcess implements AutoCloseable {

    private final Process process;
    public final int port;
    public final int boltPort;

    private AppProcess(Process process, int port, int boltPort) {
        this.process = process;
        this.port = port;
        this.boltPort = boltPort;
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh JVM running {@code mainClass} on the test classpath, with the opens embedded Neo4j needs; append its arguments. */
    public static List<String> java(List<String> jvmArgs, String mainClass) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of(
                "--add-opens", "java.base/java.nio=ALL-UNNAMED", "--add-opens", "java.base/java.io=ALL-UNNAMED",
                "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), mainClass));
        return cmd;
    }

    /** Starts {@code io.powermap.App} on the test classpath and waits until /api/health answers 200. */
    public static AppProcess start(Path data, Path log, String... extraArgs) {
        return start(data, log, List.of("-Xmx768m"), List.of("--pagecache", "64"), extraArgs);
    }

    public static AppProcess start(Path data, Path log, List<String> jvmArgs, List<String> appArgs, String... extraArgs) {
        int port = freePort();
        int bolt = freePort();
        List<String> cmd = java(jvmArgs, "io.powermap.App");
        cmd.addAll(List.of("--data", data.toString(), "--port", String.valueOf(port),
                "--bolt-port", String.valueOf(bolt), "--demo", "false", "--admin-password", TestApp.ADMIN_PASSWORD, "--warmup", "false"));
        cmd.addAll(appArgs);
        cmd.addAll(List.of(extraArgs));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        AppProcess app = new AppProcess(p, port, bolt);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        Http http = Http.anonymous(port); // health is public; signing in waits until the app listens
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the app exited with " + p.exitValue() + "; see " + log);
            }
            try {
                if (http.get("/api/health").status() == 200) {
                    return app;
                }
            } catch (RuntimeException notYet) {
                // connection refused until Javalin listens
            }
            sleep(200);
        }
        app.kill();
        throw new IllegalStateException("the app did not become ready; see " + log);
    }

    public Http http() {
        return new Http(port);
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Resident set size in MiB, from /proc (Linux). */
    public long rssMiB() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                kill();
                Thread.currentThread().interrupt();
            }
        }
    }
}
