package io.powermap.analysis.algo;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Updating betweenness after tie edits gives what a full Brandes run on the new graph gives. */
class BetweennessUpdateTest {

    /**
     * Random edits (new, removed and re-weighted edges, one to three at a time) chained on one graph,
     * each update starting from the last updated scores, as the cache does. Small integer costs make
     * many exactly equal paths, so tightness decisions at equality are exercised; real costs the rest.
     */
    @Test
    void chainedEditsEqualAFullRun() {
        for (boolean integerCosts : new boolean[] {true, false}) {
            Random rnd = new Random(integerCosts ? 7 : 8);
            Map<Long, Double> edges = edges(ReferenceFixtures.randomGraph(300, 1500, 21), integerCosts);
            int n = 300;
            WeightedDigraph graph = build(n, edges);
            Betweenness.Raw scores = Betweenness.computeRaw(graph, true);
            int updated = 0;
            for (int step = 0; step < 40; step++) {
                for (int k = rnd.nextInt(3); k >= 0; k--) {
                    edit(edges, n, rnd, integerCosts);
                }
                WeightedDigraph next = build(n, edges);
                Betweenness.Raw fresh = Betweenness.computeRaw(next, false);
                Betweenness.Raw update = Betweenness.update(graph, scores, next, true);
                if (update != null) {
                    updated++;
                    assertArrayEquals(fresh.sources(), update.sources(), "step " + step);
                    for (int v = 0; v < n; v++) {
                        assertEquals(fresh.raw()[v], update.raw()[v], 1e-9 * Math.max(1, fresh.raw()[v]), "step " + step + " node " + v);
                        assertEquals(fresh.raw()[v] == 0, update.raw()[v] == 0, "zero stays exact, node " + v);
                    }
                }
                graph = next;
                scores = update != null ? update : fresh;
            }
            assertTrue(updated >= 20, "most single edits are cheaper as updates: " + updated + " of 40");
        }
    }

    /** Far downstream on a chain, a new edge is on shortest paths from few sources: only those run. */
    @Test
    void onlyTheSourcesThatReachAChangeRunAgain() {
        int n = 100;
        Map<Long, Double> edges = new LinkedHashMap<>();
        for (int v = 0; v + 1 < n; v++) {
            edges.put(key(v, v + 1, n), 1.0);
        }
        WeightedDigraph chain = build(n, edges);
        edges.put(key(97, 99, n), 1.0); // a shortcut at the end: 97 -> 99 cheaper than 97 -> 98 -> 99
        WeightedDigraph shortcut = build(n, edges);
        // Sources 0..97 reach 97, and all of them now go to 99 by the shortcut.
        assertEquals(98, ShortestPathChange.affectedSources(chain, shortcut, 10).length);

        edges.put(key(97, 99, n), 5.0); // now never tight: nobody's paths change
        WeightedDigraph detour = build(n, edges);
        int[] none = ShortestPathChange.affectedSources(chain, detour, 10);
        assertEquals(0, none.length);
        Betweenness.Raw before = Betweenness.computeRaw(chain, false);
        Betweenness.Raw after = Betweenness.update(chain, before, detour, false);
        assertNotNull(after, "no edge tight before or after: updated, not left to a full run");
        assertArrayEquals(before.raw(), after.raw(), 0.0);

        // The first edge of the chain re-weighted: only source 0 uses it.
        edges.put(key(0, 1, n), 2.0);
        assertArrayEquals(new int[] {0}, ShortestPathChange.affectedSources(detour, build(n, edges), 10));
    }

    @Test
    void fallsBackWhenAFullRunIsCheaper() {
        WeightedDigraph graph = ReferenceFixtures.randomGraph(200, 1000, 4).mapWeights(w -> 1 / w);
        Betweenness.Raw scores = Betweenness.computeRaw(graph, false);
        // Every edge re-weighted: more changed edges than the limit.
        assertNull(Betweenness.update(graph, scores, graph.mapWeights(w -> w * 2), false));
        // Five near-free shortcuts: on shortest paths from most sources, each of which would run twice.
        Map<Long, Double> edges = edges(graph, false);
        WeightedDigraph base = build(200, edges);
        for (int v = 10; v < 200; v += 40) {
            edges.put(key(v - 5, v, 200), 1e-6);
        }
        WeightedDigraph shortcuts = build(200, edges);
        assertTrue(ShortestPathChange.affectedSources(base, shortcuts, 12).length >= 100);
        assertNull(Betweenness.update(base, Betweenness.computeRaw(base, false), shortcuts, false));
    }

    private static void edit(Map<Long, Double> edges, int n, Random rnd, boolean integerCosts) {
        List<Long> keys = new ArrayList<>(edges.keySet());
        long existing = keys.get(rnd.nextInt(keys.size()));
        switch (rnd.nextInt(3)) {
            case 0 -> edges.remove(existing);
            case 1 -> edges.put(existing, cost(rnd, integerCosts));
            default -> {
                int u = rnd.nextInt(n);
                int v = rnd.nextInt(n);
                if (u != v) {
                    edges.put(key(u, v, n), cost(rnd, integerCosts));
                }
            }
        }
    }

    private static double cost(Random rnd, boolean integerCosts) {
        return integerCosts ? 1 + rnd.nextInt(3) : 1 / (0.1 + 2.9 * rnd.nextDouble());
    }

    private static Map<Long, Double> edges(WeightedDigraph g, boolean integerCosts) {
        Map<Long, Double> edges = new LinkedHashMap<>();
        for (int u = 0; u < g.n(); u++) {
            for (int e = g.outStart(u); e < g.outEnd(u); e++) {
                edges.put(key(u, g.target(e), g.n()), integerCosts ? Math.ceil(g.weight(e)) : 1 / g.weight(e));
            }
        }
        return edges;
    }

    private static long key(int u, int v, int n) {
        return (long) u * n + v;
    }

    private static WeightedDigraph build(int n, Map<Long, Double> edges) {
        WeightedDigraph.Builder b = WeightedDigraph.builder(n);
        edges.forEach((k, w) -> b.addEdge((int) (k / n), (int) (k % n), w));
        return b.build();
    }
}
