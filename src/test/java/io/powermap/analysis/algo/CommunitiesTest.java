package io.powermap.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommunitiesTest {

    /** Two 5-cliques {0..4} and {5..9} joined by one weak edge, nodes interleaved by index. */
    private static WeightedDigraph twoCliques() {
        int[] left = {0, 2, 4, 6, 8};
        int[] right = {1, 3, 5, 7, 9};
        WeightedDigraph.Builder b = WeightedDigraph.builder(11); // node 10 is isolated
        for (int[] clique : new int[][] {left, right}) {
            for (int u : clique) {
                for (int v : clique) {
                    if (u != v) {
                        b.addEdge(u, v, 1.5);
                    }
                }
            }
        }
        b.addEdge(8, 9, 0.2);
        return b.build();
    }

    @Test
    void separatesTwoObviousCliques() {
        int[] c = Communities.louvain(twoCliques());
        for (int v : new int[] {2, 4, 6, 8}) {
            assertEquals(c[0], c[v], "left clique together");
        }
        for (int v : new int[] {3, 5, 7, 9}) {
            assertEquals(c[1], c[v], "right clique together");
        }
        assertNotEquals(c[0], c[1]);
        assertNotEquals(c[0], c[10]);
        assertNotEquals(c[1], c[10]);
        // numbered by first appearance in index order
        assertEquals(0, c[0]);
        assertEquals(1, c[1]);
        assertEquals(2, c[10]);
    }

    @Test
    void numbersCommunitiesByFirstAppearance() {
        int[] c = Communities.louvain(ReferenceFixtures.randomGraph(300, 1500, 23));
        int next = 0;
        for (int v : c) {
            assertTrue(v <= next, "community " + v + " appears before " + next);
            if (v == next) {
                next++;
            }
        }
        assertTrue(next > 1);
    }

    @Test
    void deterministicAcrossRuns() {
        WeightedDigraph g = ReferenceFixtures.randomGraph(500, 2500, 31);
        int[] first = Communities.louvain(g);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(first, Communities.louvain(ReferenceFixtures.randomGraph(500, 2500, 31)));
        }
    }

    @Test
    void directionDoesNotMatter() {
        WeightedDigraph g = ReferenceFixtures.randomGraph(200, 900, 41);
        assertArrayEquals(Communities.louvain(g), Communities.louvain(g.reverse()));
    }

    @Test
    void graphWithoutWeightIsAllSingletons() {
        WeightedDigraph g = WeightedDigraph.builder(3).addEdge(0, 1, 0).build();
        assertArrayEquals(new int[] {0, 1, 2}, Communities.louvain(g));
        assertEquals(0, Communities.modularity(g, new int[] {0, 0, 0}));
    }

    @Test
    void modularityOfTheCliqueSplitBeatsTheAlternatives() {
        WeightedDigraph g = twoCliques();
        double split = Communities.modularity(g, Communities.louvain(g));
        assertTrue(split > Communities.modularity(g, new int[11]));
        assertTrue(split > Communities.modularity(g, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        assertTrue(split > Communities.modularity(g, new int[] {0, 1, 0, 1, 0, 1, 0, 1, 1, 0, 2}));
    }
}
