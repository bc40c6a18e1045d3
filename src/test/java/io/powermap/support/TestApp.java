package io.powermap.support;

import io.powermap.App;
import io.powermap.config.AppConfig;

import java.util.HashMap;
import java.util.Map;

/** Starts the real app (real HTTP, real Neo4j through NEO4J_URI) on a free port. */
public final class TestApp {

    private TestApp() {}

    public static App remote(boolean demo, Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>();
        env.put("NEO4J_URI", TestNeo4j.boltUri());
        env.put("NEO4J_USER", "neo4j");
        env.put("NEO4J_PASSWORD", "unused");
        env.put("NEO4J_DATABASE", "neo4j");
        env.put("POWERMAP_PORT", "0");
        env.put("POWERMAP_DEMO", String.valueOf(demo));
        env.putAll(extraEnv);
        return App.start(AppConfig.from(new String[0], env));
    }

    public static App remote(boolean demo) {
        return remote(demo, Map.of());
    }
}
