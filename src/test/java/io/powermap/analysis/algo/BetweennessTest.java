package io.powermap.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.powermap.analysis.algo.ReferenceFixtures.Fixture;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class BetweennessTest {

    /** Known value (data README, Padgett): Medici 0.452 over all 16 families, 0.522 without Pucci. */
    @Test
    void mediciOnTheMarriageNetwork() {
        Fixture f = ReferenceFixtures.load("florentine_marriage");
        int medici = f.node("Medici");
        double[] bc = Betweenness.compute(f.costGraph());
        assertEquals(0.452, Math.round(bc[medici] * 1000) / 1000.0);
        for (int v = 0; v < bc.length; v++) {
            assertTrue(v == medici || bc[v] < bc[medici], "Medici is the top broker");
        }

        int pucci = f.node("Pucci");
        int n = f.graph().n();
        WeightedDigraph.Builder b = WeightedDigraph.builder(n - 1);
        for (int u = 0; u < n; u++) {
            for (int v : f.graph().outNeighbours(u)) {
                b.addEdge(u > pucci ? u - 1 : u, v > pucci ? v - 1 : v, 1.0);
            }
        }
        double[] withoutPucci = Betweenness.compute(b.build());
        int mediciShifted = medici > pucci ? medici - 1 : medici;
        assertEquals(0.522, Math.round(withoutPucci[mediciShifted] * 1000) / 1000.0);
    }

    @Test
    void pathAndDiamondByHand() {
        // a -> b -> c: only the pair (a, c) runs through b; normalised by (3-1)(3-2) = 2.
        WeightedDigraph path = WeightedDigraph.builder(3).addEdge(0, 1, 1).addEdge(1, 2, 1).build();
        assertArrayEquals(new double[] {0, 0.5, 0}, Betweenness.compute(path), 1e-15);
        assertArrayEquals(new double[] {0, 1, 0}, Betweenness.compute(path, false, false), 1e-15);

        // s -> a -> t and s -> b -> t with equal cost: the one pair splits evenly.
        WeightedDigraph diamond = WeightedDigraph.builder(4)
                .addEdge(0, 1, 1).addEdge(1, 3, 2).addEdge(0, 2, 2).addEdge(2, 3, 1).build();
        assertArrayEquals(new double[] {0, 0.5, 0.5, 0}, Betweenness.compute(diamond, false, true), 1e-15);
        // make the route through b cheaper: b takes it all
        WeightedDigraph skewed = WeightedDigraph.builder(4)
                .addEdge(0, 1, 1).addEdge(1, 3, 2).addEdge(0, 2, 2).addEdge(2, 3, 0.5).build();
        assertArrayEquals(new double[] {0, 0, 1, 0}, Betweenness.compute(skewed, false, true), 1e-15);
    }

    @Test
    void tinyGraphsAreNotNormalised() {
        WeightedDigraph two = WeightedDigraph.builder(2).addEdge(0, 1, 1).addEdge(1, 0, 1).build();
        assertArrayEquals(new double[] {0, 0}, Betweenness.compute(two));
        assertEquals(0, Betweenness.compute(WeightedDigraph.builder(0).build()).length);
    }

    @Test
    void parallelAndSequentialAreBitIdentical() {
        WeightedDigraph cost = ReferenceFixtures.randomGraph(400, 3000, 11).mapWeights(w -> 1 / w);
        assertArrayEquals(Betweenness.compute(cost, true, false), Betweenness.compute(cost, true, true), 0.0);
        assertArrayEquals(Betweenness.compute(cost, true, true), Betweenness.compute(cost, true, true), 0.0);
    }

    @Test
    void agreesWithJGraphTWeighted() {
        WeightedDigraph cost = ReferenceFixtures.randomGraph(250, 2000, 3).mapWeights(w -> 1 / w);
        Graph<Integer, DefaultWeightedEdge> jg = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < cost.n(); v++) {
            jg.addVertex(v);
        }
        for (int u = 0; u < cost.n(); u++) {
            for (int e = cost.outStart(u); e < cost.outEnd(u); e++) {
                jg.setEdgeWeight(jg.addEdge(u, cost.target(e)), cost.weight(e));
            }
        }
        assertMatches(new BetweennessCentrality<>(jg, true).getScores(), Betweenness.compute(cost));
    }

    @Test
    void agreesWithJGraphTUnweighted() {
        // Unit costs make many exact ties, exercising the path counting.
        WeightedDigraph unit = ReferenceFixtures.randomGraph(250, 1200, 5).mapWeights(w -> 1.0);
        Graph<Integer, DefaultEdge> jg = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int v = 0; v < unit.n(); v++) {
            jg.addVertex(v);
        }
        for (int u = 0; u < unit.n(); u++) {
            for (int v : unit.outNeighbours(u)) {
                jg.addEdge(u, v);
            }
        }
        assertMatches(new BetweennessCentrality<>(jg, true).getScores(), Betweenness.compute(unit));
    }

    /**
     * Dial's buckets against the heap (networkx's settle order) on graphs that stress them: exact float
     * ties (0.1 + 0.2 against 0.3), unit costs (many equal paths), distances wrapping the ring hundreds of
     * times (a long chain), and the widest spread they accept. Path counts and the number of sources each
     * node lies on are exact; the sums may differ in the last bits only (another summation order).
     */
    @Test
    void bucketsAgreeWithTheHeap() {
        Random rnd = new Random(17);
        double[] floatTies = {0.1, 0.2, 0.3, 0.6};
        WeightedDigraph.Builder ties = WeightedDigraph.builder(300);
        WeightedDigraph.Builder chain = WeightedDigraph.builder(600);
        WeightedDigraph.Builder wide = WeightedDigraph.builder(300);
        for (int v = 0; v + 1 < 600; v++) {
            chain.addEdge(v, v + 1, 1 + rnd.nextInt(20));
        }
        java.util.Set<Integer> pairs = new java.util.HashSet<>(); // parallel edges would add up their costs
        for (int i = 0; i < 2500; i++) {
            int u = rnd.nextInt(300);
            int v = rnd.nextInt(300);
            if (u != v && pairs.add(u * 300 + v)) {
                ties.addEdge(u, v, floatTies[rnd.nextInt(floatTies.length)]);
                wide.addEdge(u, v, rnd.nextBoolean() ? 1 : Betweenness.Buckets.MAX_SPREAD);
                if (i % 20 == 0) {
                    chain.addEdge(rnd.nextInt(600), rnd.nextInt(600) == u ? v : u, 1 + rnd.nextInt(20));
                }
            }
        }
        Map<String, WeightedDigraph> graphs = Map.of(
                "random", ReferenceFixtures.randomGraph(400, 3000, 11).mapWeights(w -> 1 / w),
                "unit", ReferenceFixtures.randomGraph(250, 1200, 5).mapWeights(w -> 1.0),
                "float ties", ties.build(),
                "long chain", chain.build(),
                "widest spread", wide.build());
        graphs.forEach((name, g) -> {
            assertNotNull(Betweenness.Buckets.forCosts(g.n(), g.weightsArray()), name + " is settled by buckets");
            Betweenness.Raw heap = Betweenness.computeRaw(g, false, false);
            Betweenness.Raw buckets = Betweenness.computeRaw(g, false, true);
            assertArrayEquals(heap.sources(), buckets.sources(), name);
            double top = 0;
            for (int v = 0; v < g.n(); v++) {
                top = Math.max(top, heap.raw()[v]);
                assertEquals(heap.raw()[v], buckets.raw()[v], 1e-12 * Math.max(1, heap.raw()[v]), name + ", node " + v);
            }
            assertTrue(top > 0, name + " has brokers");
        });
    }

    @Test
    void bucketsStepAsideForZeroCostsAndWideSpreads() {
        assertNull(Betweenness.Buckets.forCosts(3, new double[] {1, 0, 2}), "a zero cost makes equal distances along an edge");
        assertNull(Betweenness.Buckets.forCosts(3, new double[] {1, 2 * Betweenness.Buckets.MAX_SPREAD}));
        assertNull(Betweenness.Buckets.forCosts(3, new double[0]));
        // The heap still answers those graphs.
        WeightedDigraph zero = WeightedDigraph.builder(3).addEdge(0, 1, 0).addEdge(1, 2, 1).build();
        assertArrayEquals(new double[] {0, 1, 0}, Betweenness.compute(zero, false, false), 0.0);
    }

    private static void assertMatches(Map<Integer, Double> oracle, double[] ours) {
        double[] expected = new double[ours.length];
        oracle.forEach((v, s) -> expected[v] = s);
        assertTrue(ReferenceFixtures.maxDiff(expected, ours) <= 1e-9, () -> ReferenceFixtures.worst(expected, ours));
        double max = 0;
        for (double s : ours) {
            max = Math.max(max, s);
        }
        assertTrue(max > 0, "a non-trivial graph has brokers");
    }
}
