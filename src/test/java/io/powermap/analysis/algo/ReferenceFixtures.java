package io.powermap.analysis.algo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Reads the networkx fixtures written by scripts/reference_metrics.py; helpers shared by tests. */
final class ReferenceFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Fixture(String name, List<String> nodes, WeightedDigraph graph, double[] personalization,
                   double[] pagerank, double[] personalized, double[] betweenness,
                   int[] louvainPartition, double louvainModularity) {

        int node(String name) {
            int i = nodes.indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException("no node " + name + " in " + this.name);
            }
            return i;
        }

        /** cost = 1 / weight, exactly as the script gives networkx its "cost" attribute. */
        WeightedDigraph costGraph() {
            return graph.mapWeights(w -> 1.0 / w);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private ReferenceFixtures() {
    }

    static List<String> names() {
        JsonNode index = read("index.json");
        List<String> names = new ArrayList<>();
        index.forEach(n -> names.add(n.asText()));
        return names;
    }

    static Fixture load(String name) {
        JsonNode root = read(name + ".json");
        int n = root.get("n").asInt();
        List<String> nodes = new ArrayList<>();
        root.get("nodes").forEach(x -> nodes.add(x.asText()));
        WeightedDigraph.Builder b = WeightedDigraph.builder(n);
        for (JsonNode e : root.get("edges")) {
            b.addEdge(e.get(0).asInt(), e.get(1).asInt(), e.get(2).asDouble());
        }
        JsonNode louvain = root.get("louvain");
        int[] partition = null;
        double modularity = Double.NaN;
        if (louvain != null && !louvain.isNull()) {
            partition = new int[n];
            for (int i = 0; i < n; i++) {
                partition[i] = louvain.get("partition").get(i).asInt();
            }
            modularity = louvain.get("modularity").asDouble();
        }
        return new Fixture(root.get("name").asText(), nodes, b.build(), doubles(root, "personalization", n),
                doubles(root, "pagerank", n), doubles(root, "personalized", n), doubles(root, "betweenness", n),
                partition, modularity);
    }

    private static double[] doubles(JsonNode root, String field, int n) {
        JsonNode a = root.get(field);
        if (a == null || a.size() != n) {
            throw new IllegalStateException(field + " must have " + n + " entries");
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = a.get(i).asDouble();
        }
        return out;
    }

    private static JsonNode read(String file) {
        try (InputStream in = ReferenceFixtures.class.getResourceAsStream("/reference/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource reference/" + file);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Random simple digraph with product-like weights strength(1..3) x confidence(0.1..1). */
    static WeightedDigraph randomGraph(int n, int m, long seed) {
        Random rnd = new Random(seed);
        WeightedDigraph.Builder b = WeightedDigraph.builder(n);
        java.util.Set<Long> used = new java.util.HashSet<>();
        while (used.size() < m) {
            int u = rnd.nextInt(n);
            int v = rnd.nextInt(n);
            if (u != v && used.add((long) u * n + v)) {
                double w = (1 + rnd.nextInt(3)) * (Math.round((0.1 + 0.9 * rnd.nextDouble()) * 100) / 100.0);
                b.addEdge(u, v, w);
            }
        }
        return b.build();
    }

    /** Largest |a[i] - b[i]| with its index, for assertion messages. */
    static String worst(double[] expected, double[] actual) {
        int at = -1;
        double max = -1;
        for (int i = 0; i < expected.length; i++) {
            double d = Math.abs(expected[i] - actual[i]);
            if (d > max || Double.isNaN(d)) {
                max = d;
                at = i;
            }
        }
        return at < 0 ? "empty" : "max |diff| " + max + " at node " + at + " (expected " + expected[at] + ", got " + actual[at] + ")";
    }

    static double maxDiff(double[] expected, double[] actual) {
        if (expected.length != actual.length) {
            return Double.POSITIVE_INFINITY;
        }
        double max = 0;
        for (int i = 0; i < expected.length; i++) {
            double d = Math.abs(expected[i] - actual[i]);
            if (Double.isNaN(d)) {
                return Double.NaN; // fails every "<= tolerance" check
            }
            max = Math.max(max, d);
        }
        return max;
    }
}
