package io.powermap.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WeightedDigraphTest {

    @Test
    void parallelEdgesAddTheirWeightsAndKeepFirstInsertionOrder() {
        WeightedDigraph g = WeightedDigraph.builder(3)
                .addEdge(0, 1, 1.5)
                .addEdge(0, 2, 1.0)
                .addEdge(0, 1, 2.0)
                .addEdge(2, 0, 0.25)
                .build();
        assertEquals(3, g.n());
        assertEquals(3, g.edgeCount());
        assertArrayEquals(new int[] {1, 2}, g.outNeighbours(0));
        assertArrayEquals(new double[] {3.5, 1.0}, g.outWeights(0));
        assertEquals(3.5, g.weight(g.edgeIndex(0, 1)));
        assertEquals(4.5, g.outWeightSum(0));
        assertEquals(0.0, g.outWeightSum(1));
        assertEquals(-1, g.edgeIndex(1, 0));
        assertArrayEquals(new int[] {0, 2, 2, 3}, g.offsets());
    }

    @Test
    void rejectsSelfLoopsBadWeightsAndUnknownNodes() {
        WeightedDigraph.Builder b = WeightedDigraph.builder(2);
        assertThrows(IllegalArgumentException.class, () -> b.addEdge(1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> b.addEdge(0, 1, -0.1));
        assertThrows(IllegalArgumentException.class, () -> b.addEdge(0, 1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> b.addEdge(0, 1, Double.POSITIVE_INFINITY));
        assertThrows(IndexOutOfBoundsException.class, () -> b.addEdge(0, 2, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> b.addEdge(-1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> WeightedDigraph.builder(-1));
        assertThrows(IllegalArgumentException.class,
                () -> WeightedDigraph.builder(2).addEdge(0, 1, Double.MAX_VALUE).addEdge(0, 1, Double.MAX_VALUE).build());
        assertEquals(0, WeightedDigraph.builder(0).build().n());
    }

    @Test
    void reverseTransposesWithSortedRows() {
        WeightedDigraph g = WeightedDigraph.builder(4)
                .addEdge(3, 0, 1).addEdge(1, 0, 2).addEdge(0, 2, 3).addEdge(2, 0, 4)
                .build();
        WeightedDigraph r = g.reverse();
        assertEquals(g.edgeCount(), r.edgeCount());
        assertArrayEquals(new int[] {1, 2, 3}, r.outNeighbours(0));
        assertArrayEquals(new double[] {2, 4, 1}, r.outWeights(0));
        assertArrayEquals(new int[] {0}, r.outNeighbours(2));
        for (int u = 0; u < g.n(); u++) {
            for (int v : g.outNeighbours(u)) {
                assertEquals(g.weight(g.edgeIndex(u, v)), r.weight(r.edgeIndex(v, u)));
            }
        }
    }

    @Test
    void mapWeightsBuildsANewGraphAndValidates() {
        WeightedDigraph g = WeightedDigraph.builder(3).addEdge(0, 1, 4).addEdge(1, 2, 0.5).build();
        WeightedDigraph cost = g.mapWeights(w -> 1 / w);
        assertArrayEquals(new double[] {0.25, 2}, cost.weights());
        assertArrayEquals(new double[] {4, 0.5}, g.weights());
        assertThrows(IllegalArgumentException.class, () -> g.mapWeights(w -> -w));
        assertThrows(IllegalArgumentException.class,
                () -> WeightedDigraph.builder(2).addEdge(0, 1, 0).build().mapWeights(w -> 1 / w));
    }

    @Test
    void returnedArraysAreCopies() {
        WeightedDigraph g = WeightedDigraph.builder(2).addEdge(0, 1, 1).build();
        g.targets()[0] = 0;
        g.weights()[0] = 9;
        g.offsets()[1] = 0;
        g.outNeighbours(0)[0] = 0;
        g.outWeights(0)[0] = 9;
        assertArrayEquals(new int[] {1}, g.outNeighbours(0));
        assertArrayEquals(new double[] {1}, g.outWeights(0));
        assertEquals(1, g.outDegree(0));
    }
}
