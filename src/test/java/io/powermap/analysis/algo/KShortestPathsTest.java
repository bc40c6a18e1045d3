package io.powermap.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.powermap.analysis.algo.KShortestPaths.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class KShortestPathsTest {

    /**
     * Loopless paths 0 -> 4, checked by hand:
     * 0-1-4 = 2, 0-2-4 = 3, 0-1-2-4 = 3.5, 0-3-4 = 4, 0-4 = 5. Node 5 only reaches back to 0.
     */
    private static WeightedDigraph small() {
        return WeightedDigraph.builder(7)
                .addEdge(0, 1, 1).addEdge(1, 4, 1)
                .addEdge(0, 2, 1).addEdge(2, 4, 2)
                .addEdge(1, 2, 0.5)
                .addEdge(0, 3, 2).addEdge(3, 4, 2)
                .addEdge(0, 4, 5)
                .addEdge(4, 0, 1)          // a way back must never create a loop
                .addEdge(5, 0, 1)
                .addEdge(6, 4, 2.5).addEdge(6, 0, 0.1)
                .build();
    }

    @Test
    void cheapestFirstAndKBeyondTheNumberOfPaths() {
        List<Path> paths = KShortestPaths.find(small(), 0, 4, 10);
        assertEquals(5, paths.size());
        assertPath(paths.get(0), 2, 0, 1, 4);
        assertPath(paths.get(1), 3, 0, 2, 4);
        assertPath(paths.get(2), 3.5, 0, 1, 2, 4);
        assertPath(paths.get(3), 4, 0, 3, 4);
        assertPath(paths.get(4), 5, 0, 4);
        assertEquals(paths.subList(0, 2), KShortestPaths.find(small(), 0, 4, 2));
        assertEquals(List.of(), KShortestPaths.find(small(), 0, 4, 0));
        assertEquals(List.of(), KShortestPaths.find(small(), 4, 5, 3), "5 is unreachable");
    }

    @Test
    void penaltiesPushOpposedIntermediariesBack() {
        double[] penalty = new double[7];
        penalty[1] = 10;   // node 1 is opposed
        penalty[0] = 100;  // the source itself is never charged
        penalty[4] = 100;  // nor the target
        List<Path> paths = KShortestPaths.find(small(), new int[] {0}, 4, 10, penalty);
        assertEquals(5, paths.size());
        assertPath(paths.get(0), 3, 0, 2, 4);
        assertPath(paths.get(1), 4, 0, 3, 4);
        assertPath(paths.get(2), 5, 0, 4);
        assertPath(paths.get(3), 12, 0, 1, 4);
        assertEquals(10, paths.get(3).penalty());
        assertPath(paths.get(4), 13.5, 0, 1, 2, 4);
        assertEquals(0, paths.get(0).penalty());

        penalty[1] = Double.POSITIVE_INFINITY; // forbidden as a go-between
        List<Path> avoiding = KShortestPaths.find(small(), new int[] {0}, 4, 10, penalty);
        assertEquals(3, avoiding.size());
        avoiding.forEach(p -> assertTrue(Arrays.stream(p.nodes()).noneMatch(v -> v == 1), p.toString()));
    }

    @Test
    void severalSourcesNeverPassThroughAnotherSource() {
        List<Path> paths = KShortestPaths.find(small(), new int[] {0, 6, 6}, 4, 4, null);
        assertPath(paths.get(0), 2, 0, 1, 4);
        assertPath(paths.get(1), 2.5, 6, 4);
        assertPath(paths.get(2), 3, 0, 2, 4);
        assertPath(paths.get(3), 3.5, 0, 1, 2, 4);
        // 6 -> 0 -> 1 -> 4 (2.1) would be cheapest of all, but 0 is a source in its own right
        List<Path> all = KShortestPaths.find(small(), new int[] {0, 6}, 4, 100, null);
        assertEquals(6, all.size());
        all.forEach(p -> assertEquals(1, Arrays.stream(p.nodes()).filter(v -> v == 0 || v == 6).count()));
    }

    @Test
    void equalCostsPreferFewerHopsThenLowerNodeIds() {
        WeightedDigraph g = WeightedDigraph.builder(5)
                .addEdge(0, 3, 2).addEdge(3, 4, 2)   // 0-3-4 = 4
                .addEdge(0, 2, 2).addEdge(2, 4, 2)   // 0-2-4 = 4
                .addEdge(0, 4, 4)                    // 0-4   = 4
                .addEdge(0, 1, 1).addEdge(1, 2, 1)   // 0-1-2-4 = 4
                .build();
        List<Path> paths = KShortestPaths.find(g, 0, 4, 4);
        assertPath(paths.get(0), 4, 0, 4);
        assertPath(paths.get(1), 4, 0, 2, 4);
        assertPath(paths.get(2), 4, 0, 3, 4);
        assertPath(paths.get(3), 4, 0, 1, 2, 4);
        assertEquals(paths, KShortestPaths.find(g, 0, 4, 4), "deterministic");
    }

    @Test
    void rejectsBadArguments() {
        WeightedDigraph g = small();
        assertThrows(IllegalArgumentException.class, () -> KShortestPaths.find(g, 4, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> KShortestPaths.find(g, new int[0], 4, 1, null));
        assertThrows(IllegalArgumentException.class, () -> KShortestPaths.find(g, 0, 4, -1));
        assertThrows(IllegalArgumentException.class, () -> KShortestPaths.find(g, new int[] {0}, 4, 1, new double[7 - 1]));
        assertThrows(IllegalArgumentException.class,
                () -> KShortestPaths.find(g, new int[] {0}, 4, 1, new double[] {0, -1, 0, 0, 0, 0, 0}));
        assertThrows(IndexOutOfBoundsException.class, () -> KShortestPaths.find(g, 0, 9, 1));
    }

    /**
     * Brute force as the oracle: enumerate every loopless path on small graphs with small integer
     * costs (many exact ties), sort by (cost, hops, node sequence) and compare with Yen's first k,
     * with several sources and penalties; then shuffle the edge insertion order: same answer.
     */
    @Test
    void exactlyTheFirstKInTheDocumentedOrder() {
        Random rnd = new Random(99);
        int checked = 0;
        for (int trial = 0; trial < 40; trial++) {
            int n = 8;
            List<int[]> edges = new java.util.ArrayList<>();
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    if (u != v && rnd.nextInt(100) < 35) {
                        edges.add(new int[] {u, v, 1 + rnd.nextInt(3)});
                    }
                }
            }
            double[] penalty = new double[n];
            penalty[rnd.nextInt(n)] = 2;
            penalty[rnd.nextInt(n)] = Double.POSITIVE_INFINITY;
            int target = n - 1;
            int[] sources = trial % 2 == 0 ? new int[] {0} : new int[] {0, 1, 2};
            int k = 1 + rnd.nextInt(12);

            List<Path> ours = KShortestPaths.find(build(n, edges), sources, target, k, penalty);
            List<int[]> expected = bruteForce(n, edges, sources, target, penalty);
            assertEquals(Math.min(k, expected.size()), ours.size(), "trial " + trial);
            for (int i = 0; i < ours.size(); i++) {
                assertArrayEquals(expected.get(i), ours.get(i).nodes(), "trial " + trial + " #" + i);
                checked++;
            }
            java.util.Collections.shuffle(edges, rnd);
            assertEquals(ours, KShortestPaths.find(build(n, edges), sources, target, k, penalty), "order-independent");
        }
        assertTrue(checked > 100, "checked " + checked);
    }

    private static WeightedDigraph build(int n, List<int[]> edges) {
        WeightedDigraph.Builder b = WeightedDigraph.builder(n);
        edges.forEach(e -> b.addEdge(e[0], e[1], e[2]));
        return b.build();
    }

    /** All loopless source-to-target paths that touch no second source, sorted in Yen's order. */
    private static List<int[]> bruteForce(int n, List<int[]> edges, int[] sources, int target, double[] penalty) {
        double[][] cost = new double[n][n];
        for (double[] row : cost) {
            Arrays.fill(row, Double.NaN);
        }
        edges.forEach(e -> cost[e[0]][e[1]] = e[2]);
        Set<Integer> sourceSet = new HashSet<>();
        Arrays.stream(sources).forEach(sourceSet::add);
        List<int[]> paths = new java.util.ArrayList<>();
        List<Double> costs = new java.util.ArrayList<>();
        for (int s : sourceSet) {
            dfs(s, target, cost, penalty, sourceSet, new java.util.ArrayDeque<>(List.of(s)), 0, paths, costs);
        }
        Integer[] idx = new Integer[paths.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, java.util.Comparator.<Integer>comparingDouble(costs::get)
                .thenComparingInt(i -> paths.get(i).length)
                .thenComparing((a, b) -> Arrays.compare(paths.get(a), paths.get(b))));
        List<int[]> sorted = new java.util.ArrayList<>();
        for (int i : idx) {
            sorted.add(paths.get(i));
        }
        return sorted;
    }

    private static void dfs(int v, int target, double[][] cost, double[] penalty, Set<Integer> sources,
                            java.util.ArrayDeque<Integer> path, double sum, List<int[]> out, List<Double> costs) {
        if (v == target) {
            out.add(path.stream().mapToInt(Integer::intValue).toArray());
            costs.add(sum);
            return;
        }
        for (int w = 0; w < cost.length; w++) {
            if (Double.isNaN(cost[v][w]) || path.contains(w) || sources.contains(w)) {
                continue;
            }
            double extra = w == target ? 0 : penalty[w];
            if (extra == Double.POSITIVE_INFINITY) {
                continue;
            }
            path.addLast(w);
            dfs(w, target, cost, penalty, sources, path, sum + cost[v][w] + extra, out, costs);
            path.removeLast();
        }
    }

    /** JGraphT's Yen as the oracle: same cost sequence, and every path is valid and loopless. */
    @Test
    void agreesWithJGraphTYen() {
        WeightedDigraph cost = ReferenceFixtures.randomGraph(80, 500, 17).mapWeights(w -> 1 / w);
        Graph<Integer, DefaultWeightedEdge> jg = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < cost.n(); v++) {
            jg.addVertex(v);
        }
        for (int u = 0; u < cost.n(); u++) {
            for (int e = cost.outStart(u); e < cost.outEnd(u); e++) {
                jg.setEdgeWeight(jg.addEdge(u, cost.target(e)), cost.weight(e));
            }
        }
        YenKShortestPath<Integer, DefaultWeightedEdge> yen = new YenKShortestPath<>(jg);
        Random rnd = new Random(5);
        int compared = 0;
        for (int trial = 0; trial < 25; trial++) {
            int s = rnd.nextInt(cost.n());
            int t = rnd.nextInt(cost.n());
            if (s == t) {
                continue;
            }
            List<GraphPath<Integer, DefaultWeightedEdge>> expected = yen.getPaths(s, t, 8);
            List<Path> ours = KShortestPaths.find(cost, s, t, 8);
            assertEquals(expected.size(), ours.size(), s + "->" + t);
            for (int i = 0; i < ours.size(); i++) {
                assertEquals(expected.get(i).getWeight(), ours.get(i).cost(), 1e-9, s + "->" + t + " #" + i);
                assertValid(cost, ours.get(i), s, t);
                compared++;
            }
        }
        assertTrue(compared > 50, "compared " + compared + " paths");
    }

    private static void assertValid(WeightedDigraph cost, Path p, int s, int t) {
        int[] nodes = p.nodes();
        assertEquals(s, nodes[0]);
        assertEquals(t, nodes[nodes.length - 1]);
        Set<Integer> seen = new HashSet<>();
        double sum = 0;
        for (int i = 0; i < nodes.length; i++) {
            assertTrue(seen.add(nodes[i]), "loop in " + p);
            if (i > 0) {
                int e = cost.edgeIndex(nodes[i - 1], nodes[i]);
                assertTrue(e >= 0, "missing edge in " + p);
                sum += cost.weight(e);
            }
        }
        assertEquals(sum, p.cost(), 1e-12);
    }

    private static void assertPath(Path p, double cost, int... nodes) {
        assertArrayEquals(nodes, p.nodes(), p.toString());
        assertEquals(cost, p.cost(), 1e-12, p.toString());
    }
}
