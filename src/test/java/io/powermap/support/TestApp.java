package io.powermap.support;

import io.powermap.App;
import io.powermap.config.AppConfig;

import java.util.HashMap;
import java.util.Map;

/** Starts the real app (real HTTP, real Neo4j through NEO4J_URI) on a free port. */
public final class TestApp {

    /** The first admin of every test app (POWERMAP_ADMIN_PASSWORD), which {@link Http} signs in as. */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Correct-Horse-7-Battery";

    private TestApp() {}

    public static App remote(boolean demo, Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>();
        env.put("NEO4J_URI", TestNeo4j.boltUri());
        env.put("NEO4J_USER", "neo4j");
        env.put("NEO4J_PASSWORD", "unused");
        env.put("NEO4J_DATABASE", "neo4j");
        env.put("POWERMAP_PORT", "0");
        env.put("POWERMAP_DEMO", String.valueOf(demo));
        env.put("POWERMAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // Tests time and count their own first requests; WarmupTest switches it on.
        env.put("POWERMAP_WARMUP", "false");
        env.putAll(extraEnv);
        return App.start(AppConfig.from(new String[0], env));
    }

    public static App remote(boolean demo) {
        return remote(demo, Map.of());
    }
}
