package io.powermap.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageRankTest {

    private static final double ALPHA = 0.85;

    @Test
    void danglingMassIsSpreadUniformlyWithoutPersonalization() {
        // a -> b, b dangling. Solving x_a = alpha x_b / 2 + (1 - alpha) / 2 with x_a + x_b = 1
        // gives x_a = 1 / (2 + alpha).
        WeightedDigraph g = WeightedDigraph.builder(2).addEdge(0, 1, 1).build();
        double[] x = PageRank.compute(g, ALPHA, null);
        assertEquals(1 / (2 + ALPHA), x[0], 1e-12);
        assertEquals(1 - 1 / (2 + ALPHA), x[1], 1e-12);
    }

    @Test
    void danglingMassFollowsThePersonalizationVector() {
        // Personalised on a: b's dangling mass returns to a, not to everyone:
        // x_a = alpha x_b + (1 - alpha), x_b = alpha x_a, so x_a = 1 / (1 + alpha).
        WeightedDigraph g = WeightedDigraph.builder(2).addEdge(0, 1, 1).build();
        double[] x = PageRank.compute(g, ALPHA, new double[] {5, 0});
        assertEquals(1 / (1 + ALPHA), x[0], 1e-12);
        assertEquals(ALPHA / (1 + ALPHA), x[1], 1e-12);
    }

    @Test
    void zeroWeightOutEdgesLeaveANodeDangling() {
        WeightedDigraph withZero = WeightedDigraph.builder(3)
                .addEdge(0, 1, 2).addEdge(1, 2, 1).addEdge(2, 0, 0).build();
        WeightedDigraph without = WeightedDigraph.builder(3)
                .addEdge(0, 1, 2).addEdge(1, 2, 1).build();
        assertEquals(0, withZero.outWeightSum(2));
        assertArrayEquals(PageRank.compute(without, ALPHA, null), PageRank.compute(withZero, ALPHA, null), 1e-15);
    }

    @Test
    void parallelEdgesActAsOneSummedEdge() {
        WeightedDigraph parallel = WeightedDigraph.builder(3)
                .addEdge(0, 1, 1).addEdge(0, 2, 1).addEdge(0, 1, 2).addEdge(1, 0, 1).addEdge(2, 1, 1).build();
        WeightedDigraph summed = WeightedDigraph.builder(3)
                .addEdge(0, 1, 3).addEdge(0, 2, 1).addEdge(1, 0, 1).addEdge(2, 1, 1).build();
        double[] a = PageRank.compute(parallel, ALPHA, null);
        assertArrayEquals(PageRank.compute(summed, ALPHA, null), a, 0);
        // and the weights matter: 0 sends three times as much to 1 as to 2
        double[] unweighted = PageRank.compute(WeightedDigraph.builder(3)
                .addEdge(0, 1, 1).addEdge(0, 2, 1).addEdge(1, 0, 1).addEdge(2, 1, 1).build(), ALPHA, null);
        assertEquals(true, a[1] > unweighted[1] + 1e-3);
    }

    @Test
    void scoresSumToOne() {
        WeightedDigraph g = ReferenceFixtures.randomGraph(500, 3000, 7);
        double[] pers = new double[500];
        pers[3] = 3;
        pers[9] = 2;
        pers[400] = 1;
        for (double[] p : new double[][] {null, pers}) {
            double sum = 0;
            for (double v : PageRank.compute(g, ALPHA, p)) {
                sum += v;
            }
            assertEquals(1.0, sum, 1e-9);
        }
    }

    @Test
    void rejectsBadPersonalizationAndReportsNonConvergence() {
        WeightedDigraph g = WeightedDigraph.builder(3).addEdge(0, 1, 1).addEdge(1, 2, 1).addEdge(2, 0, 1).build();
        assertThrows(IllegalArgumentException.class, () -> PageRank.compute(g, ALPHA, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> PageRank.compute(g, ALPHA, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> PageRank.compute(g, ALPHA, new double[] {1, -1, 1}));
        assertThrows(IllegalArgumentException.class, () -> PageRank.compute(g, 1.5, null));
        // a directed 3-cycle personalised on one node oscillates; two iterations cannot converge
        assertThrows(IllegalStateException.class,
                () -> PageRank.compute(g, ALPHA, new double[] {1, 0, 0}, 1e-13, 2));
        assertEquals(0, PageRank.compute(WeightedDigraph.builder(0).build(), ALPHA, null).length);
    }
}
