package io.powermap.analysis.algo;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusteredLayoutTest {

    /** {@code groups} planted groups of {@code size} in a ring: ties inside with probability pIn, to the next group with pOut. */
    private static WeightedDigraph planted(int groups, int size, double pIn, double pOut, long seed) {
        Random r = new Random(seed);
        int n = groups * size;
        WeightedDigraph.Builder b = WeightedDigraph.builder(n);
        for (int u = 0; u < n; u++) {
            for (int v = 0; v < n; v++) {
                int gu = u / size;
                int gv = v / size;
                boolean neighbours = (gu + 1) % groups == gv || (gv + 1) % groups == gu;
                if (u != v && r.nextDouble() < (gu == gv ? pIn : neighbours ? pOut : 0)) {
                    b.addEdge(u, v, 0.2 + r.nextInt(5) * 0.2);
                }
            }
        }
        return b.build();
    }

    @Test
    void noNodesNoPositionsAndALoneNodeSitsAtTheOrigin() {
        assertEquals(0, ClusteredLayout.positions(WeightedDigraph.builder(0).build(), new int[0]).length);
        double[][] one = ClusteredLayout.positions(WeightedDigraph.builder(1).build(), new int[] {0});
        assertArrayEquals(new double[] {0, 0}, one[0]);
    }

    @Test
    void plantedCommunitiesGetSeparateBoxesWithReadableSpacingAndShortTies() {
        // 1,000 people in 40 planted groups of 25 on a ring (the layout takes the communities as given).
        WeightedDigraph g = planted(40, 25, 0.15, 0.01, 7);
        int[] community = new int[g.n()];
        for (int v = 0; v < g.n(); v++) {
            community[v] = v / 25;
        }
        long t = System.nanoTime();
        double[][] p = ClusteredLayout.positions(g, community);
        System.out.printf("layout of %d nodes, %d edges: %d ms%n", g.n(), g.edgeCount(), (System.nanoTime() - t) / 1_000_000);
        assertEquals(g.n(), p.length);

        // Deterministic.
        t = System.nanoTime();
        double[][] again = ClusteredLayout.positions(g, community);
        System.out.printf("again: %d ms%n", (System.nanoTime() - t) / 1_000_000);
        for (int v = 0; v < g.n(); v++) {
            assertArrayEquals(p[v], again[v], 0.0);
        }
        // Nobody on top of anybody: labels stay readable (0.1 for the rounding to one decimal).
        double closest = Double.MAX_VALUE;
        for (int u = 0; u < g.n(); u++) {
            for (int v = u + 1; v < g.n(); v++) {
                closest = Math.min(closest, Math.hypot(p[u][0] - p[v][0], p[u][1] - p[v][1]));
            }
        }
        assertTrue(closest >= ClusteredLayout.MIN_DISTANCE - 0.15, "closest pair " + closest);

        // The boxes the map draws around communities (members' extent plus label room) do not overlap.
        Map<Integer, double[]> box = new HashMap<>();
        for (int v = 0; v < g.n(); v++) {
            double[] b = box.computeIfAbsent(community[v], c -> new double[] {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE});
            b[0] = Math.min(b[0], p[v][0] - ClusteredLayout.BOX_MARGIN_X);
            b[1] = Math.min(b[1], p[v][1] - ClusteredLayout.BOX_MARGIN_Y);
            b[2] = Math.max(b[2], p[v][0] + ClusteredLayout.BOX_MARGIN_X);
            b[3] = Math.max(b[3], p[v][1] + ClusteredLayout.BOX_MARGIN_Y);
        }
        assertEquals(40, box.size());
        for (Map.Entry<Integer, double[]> a : box.entrySet()) {
            for (Map.Entry<Integer, double[]> b : box.entrySet()) {
                if (a.getKey() < b.getKey()) {
                    double[] x = a.getValue();
                    double[] y = b.getValue();
                    boolean apart = x[2] <= y[0] + 0.2 || y[2] <= x[0] + 0.2 || x[3] <= y[1] + 0.2 || y[3] <= x[1] + 0.2;
                    assertTrue(apart, "boxes of communities " + a.getKey() + " and " + b.getKey() + " overlap");
                }
            }
        }

        // Tied people sit close: a tie inside a community is far shorter than the distance of two people picked at random,
        // and ties across communities (only between neighbours on the ring) are shorter than random pairs too: related
        // communities are packed side by side.
        double inside = 0;
        int nInside = 0;
        double across = 0;
        int nAcross = 0;
        for (int u = 0; u < g.n(); u++) {
            for (int e = g.outStart(u); e < g.outEnd(u); e++) {
                int v = g.target(e);
                double d = Math.hypot(p[u][0] - p[v][0], p[u][1] - p[v][1]);
                if (community[u] == community[v]) {
                    inside += d;
                    nInside++;
                } else {
                    across += d;
                    nAcross++;
                }
            }
        }
        Random r = new Random(1);
        double random = 0;
        for (int i = 0; i < 20_000; i++) {
            int u = r.nextInt(g.n());
            int v = r.nextInt(g.n());
            random += Math.hypot(p[u][0] - p[v][0], p[u][1] - p[v][1]);
        }
        random /= 20_000;
        inside /= nInside;
        across /= nAcross;
        System.out.printf("mean tie length inside %.0f, across %.0f, random pair %.0f%n", inside, across, random);
        assertTrue(inside < 0.2 * random, "inside " + inside + " vs random " + random);
        assertTrue(inside < 2.5 * ClusteredLayout.SPACING, "inside " + inside);
        assertTrue(across < 0.5 * random, "across " + across + " vs random " + random);
        // Ring neighbours are packed next to each other, mostly: among each other's four nearest boxes (a ring of 40 is a
        // hard case: its boxes do not fit on the circle the spectral start draws, and the overlap removal folds it; 24 of
        // 40 from a spiral start, 33 from the spectral one).
        double[][] centre = new double[40][];
        box.forEach((c, b) -> centre[c] = new double[] {(b[0] + b[2]) / 2, (b[1] + b[3]) / 2});
        int adjacent = 0;
        for (int c = 0; c < 40; c++) {
            int next = (c + 1) % 40;
            int closer = 0;
            for (int o = 0; o < 40; o++) {
                if (o != c && o != next && Math.hypot(centre[o][0] - centre[c][0], centre[o][1] - centre[c][1])
                        < Math.hypot(centre[next][0] - centre[c][0], centre[next][1] - centre[c][1])) {
                    closer++;
                }
            }
            adjacent += closer < 4 ? 1 : 0;
        }
        System.out.printf("ring neighbours among the four nearest: %d of 40%n", adjacent);
        assertTrue(adjacent >= 30, adjacent + " of 40 ring neighbours among the four nearest");
    }

    /** Reference: the spectral drawing of a cycle is a regular polygon in the cycle's order (Hall 1970). */
    @Test
    void spectralDrawingOfARingIsACircleInRingOrder() {
        int c = 40;
        List<Map<Integer, Double>> between = new ArrayList<>();
        for (int s = 0; s < c; s++) {
            between.add(new HashMap<>(Map.of((s + 1) % c, 2.0, (s + c - 1) % c, 2.0)));
        }
        double[][] d = ClusteredLayout.spectral(between);
        double radius = Math.hypot(d[0][0], d[0][1]);
        for (int s = 0; s < c; s++) {
            assertEquals(radius, Math.hypot(d[s][0], d[s][1]), 1e-4 * radius, "on one circle");
            double step = Math.atan2(d[(s + 1) % c][1], d[(s + 1) % c][0]) - Math.atan2(d[s][1], d[s][0]);
            step = Math.IEEEremainder(step, 2 * Math.PI);
            assertEquals(2 * Math.PI / c, Math.abs(step), 1e-3, "one 40th of the turn from " + s + " to the next");
        }
        assertNull(ClusteredLayout.spectral(List.of(new HashMap<>(), new HashMap<>(), new HashMap<>())), "no ties: no drawing");
    }
}
