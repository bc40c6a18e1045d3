package io.powermap.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runtime configuration: each setting comes from a {@code --flag value}, else the environment
 * variable, else its documented default (README's configuration table lists the same).
 */
public record AppConfig(
        int port,
        Path dataDir,
        int boltPort,
        Optional<String> neo4jUri,
        String neo4jUser,
        String neo4jPassword,
        String neo4jDatabase,
        long pageCacheMb,
        boolean seedDemo,
        long maxBodyBytes,
        long maxImportBytes,
        double reportsToWeight,
        int lodThreshold,
        int importBatch,
        boolean warmup,
        Optional<String> adminPassword,
        Optional<Path> fontDir,
        Security security) {

    /** Sign-in settings: session lifetimes, the failed-login limit and whether to trust a reverse proxy. */
    public record Security(long sessionHours, long sessionIdleMinutes, int loginMaxFailures,
                           long loginWindowSeconds, boolean trustProxy) {}

    /** One setting: flag, environment variable, default, and the line the README shows. */
    public record Setting(String flag, String env, String defaultValue, String help) {}

    public static final List<Setting> SETTINGS = List.of(
            new Setting("--port", "POWERMAP_PORT", "7070", "HTTP port of the web app and API"),
            new Setting("--data", "POWERMAP_DATA", "./data", "embedded Neo4j data directory"),
            new Setting("--bolt-port", "POWERMAP_BOLT_PORT", "7687", "embedded Neo4j Bolt port on localhost (0 = pick a free one)"),
            new Setting("--neo4j-uri", "NEO4J_URI", "", "use this Neo4j server or cluster instead of the embedded one (bolt://, neo4j://, neo4j+s://)"),
            new Setting("--neo4j-user", "NEO4J_USER", "neo4j", "user for NEO4J_URI"),
            new Setting("--neo4j-password", "NEO4J_PASSWORD", "", "password for NEO4J_URI"),
            new Setting("--neo4j-database", "NEO4J_DATABASE", "neo4j", "database name on the server"),
            new Setting("--pagecache", "POWERMAP_PAGECACHE", "256", "embedded Neo4j page cache in MiB"),
            new Setting("--demo", "POWERMAP_DEMO", "true", "seed the demo account on the first start of an empty database"),
            new Setting("--max-body", "POWERMAP_MAX_BODY", "1048576", "largest accepted request body in bytes"),
            new Setting("--max-import", "POWERMAP_MAX_IMPORT", "268435456", "largest accepted import body in bytes"),
            new Setting("--reports-to-weight", "POWERMAP_REPORTS_TO_WEIGHT", "1.0", "weight of a formal reporting line in the influence graph"),
            new Setting("--lod-threshold", "POWERMAP_LOD_THRESHOLD", "1500", "above this many people the account graph is sent as collapsed org clusters (level of detail)"),
            new Setting("--import-batch", "POWERMAP_IMPORT_BATCH", "10000", "rows per transaction of a bulk import (POST /api/imports)"),
            new Setting("--warmup", "POWERMAP_WARMUP", "true", "after start, prepare sign-in and the accounts' first map and analysis in the background"),
            new Setting("--admin-password", "POWERMAP_ADMIN_PASSWORD", "", "password of the 'admin' user created on the first start (else a random one is printed once)"),
            new Setting("--font-dir", "POWERMAP_FONT_DIR", "", "another directory holding DejaVuSans.ttf, DejaVuSans-Bold.ttf and DroidSansFallbackFull.ttf for the PDF brief, looked in first"),
            new Setting("--session-hours", "POWERMAP_SESSION_HOURS", "12", "a session ends this many hours after sign-in"),
            new Setting("--session-idle-minutes", "POWERMAP_SESSION_IDLE_MINUTES", "60", "a session ends after this many minutes without a request"),
            new Setting("--login-max-failures", "POWERMAP_LOGIN_MAX_FAILURES", "5", "failed sign-ins per username and address before 429"),
            new Setting("--login-window-seconds", "POWERMAP_LOGIN_WINDOW_SECONDS", "900", "the window those failures are counted in (and the lock-out)"),
            new Setting("--trust-proxy", "POWERMAP_TRUST_PROXY", "false", "take the client address from X-Forwarded-For (only behind your own reverse proxy)"));

    public static AppConfig from(String[] args, Map<String, String> env) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Setting s : SETTINGS) {
            String fromEnv = env.get(s.env());
            values.put(s.flag(), fromEnv != null ? fromEnv : s.defaultValue());
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String flag = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!values.containsKey(flag)) {
                throw new ConfigException("unknown option " + flag + " (known: " + String.join(", ", values.keySet()) + ")");
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new ConfigException(flag + " needs a value");
            }
            values.put(flag, value);
        }
        String uri = values.get("--neo4j-uri").trim();
        return new AppConfig(
                intIn(values, "--port", 0, 65535),
                Path.of(values.get("--data")),
                intIn(values, "--bolt-port", 0, 65535),
                uri.isEmpty() ? Optional.empty() : Optional.of(uri),
                values.get("--neo4j-user"),
                values.get("--neo4j-password"),
                values.get("--neo4j-database"),
                longIn(values, "--pagecache", 8, 1 << 20),
                bool(values, "--demo"),
                longIn(values, "--max-body", 1024, Long.MAX_VALUE),
                longIn(values, "--max-import", 1024, Long.MAX_VALUE),
                doubleIn(values, "--reports-to-weight", 0, 100),
                intIn(values, "--lod-threshold", 1, 10_000_000),
                intIn(values, "--import-batch", 100, 1_000_000),
                bool(values, "--warmup"),
                values.get("--admin-password").isEmpty() ? Optional.empty() : Optional.of(values.get("--admin-password")),
                directory(values, "--font-dir"),
                new Security(
                        longIn(values, "--session-hours", 1, 24 * 365),
                        longIn(values, "--session-idle-minutes", 1, 60 * 24 * 365),
                        intIn(values, "--login-max-failures", 1, 1000),
                        longIn(values, "--login-window-seconds", 1, 86400 * 30),
                        bool(values, "--trust-proxy")));
    }

    /** Never prints the passwords (records would, by default). */
    @Override
    public String toString() {
        return "AppConfig[port=" + port + ", dataDir=" + dataDir + ", neo4jUri=" + neo4jUri.orElse("(embedded)")
                + ", neo4jUser=" + neo4jUser + ", neo4jPassword=***, adminPassword=" + (adminPassword.isPresent() ? "***" : "(none)")
                + ", security=" + security + "]";
    }

    public boolean embedded() {
        return neo4jUri.isEmpty();
    }

    /** A copy for tests and embedding: another port, data dir or database. */
    public AppConfig withPort(int newPort) {
        return new AppConfig(newPort, dataDir, boltPort, neo4jUri, neo4jUser, neo4jPassword, neo4jDatabase,
                pageCacheMb, seedDemo, maxBodyBytes, maxImportBytes, reportsToWeight, lodThreshold, importBatch, warmup, adminPassword, fontDir, security);
    }

    private static String envName(String flag) {
        return SETTINGS.stream().filter(s -> s.flag().equals(flag)).findFirst().map(Setting::env).orElse(flag);
    }

    private static int intIn(Map<String, String> v, String flag, int min, int max) {
        return (int) longIn(v, flag, min, max);
    }

    private static long longIn(Map<String, String> v, String flag, long min, long max) {
        try {
            long n = Long.parseLong(v.get(flag).trim());
            if (n < min || n > max) {
                throw new ConfigException(flag + " / " + envName(flag) + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(flag + " / " + envName(flag) + " must be a whole number, got '" + v.get(flag) + "'");
        }
    }

    private static double doubleIn(Map<String, String> v, String flag, double min, double max) {
        try {
            double n = Double.parseDouble(v.get(flag).trim());
            if (!(n >= min && n <= max)) {
                throw new ConfigException(flag + " / " + envName(flag) + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(flag + " / " + envName(flag) + " must be a number, got '" + v.get(flag) + "'");
        }
    }

    /** Empty: not set. Otherwise an existing, readable directory, so a typo fails at start, not at the first PDF. */
    private static Optional<Path> directory(Map<String, String> v, String flag) {
        String s = v.get(flag).trim();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Path dir = Path.of(s);
        if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
            throw new ConfigException(flag + " / " + envName(flag) + " must be a readable directory, got '" + s + "'");
        }
        return Optional.of(dir);
    }

    private static boolean bool(Map<String, String> v, String flag) {
        String s = v.get(flag).trim().toLowerCase();
        return switch (s) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new ConfigException(flag + " / " + envName(flag) + " must be true or false, got '" + s + "'");
        };
    }
}
