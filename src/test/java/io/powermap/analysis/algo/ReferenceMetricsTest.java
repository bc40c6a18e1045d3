package io.powermap.analysis.algo;

import static io.powermap.analysis.algo.ReferenceFixtures.maxDiff;
import static io.powermap.analysis.algo.ReferenceFixtures.worst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.powermap.analysis.algo.ReferenceFixtures.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Agreement with networkx on the committed fixtures (scripts/reference_metrics.py): PageRank,
 * personalised PageRank and weighted betweenness to 1e-6 per node.
 */
class ReferenceMetricsTest {

    private static final double TOLERANCE = 1e-6;

    static List<Fixture> fixtures() {
        return ReferenceFixtures.names().stream().map(ReferenceFixtures::load).toList();
    }

    @Test
    void fixtureSetIsComplete() {
        List<String> names = ReferenceFixtures.names();
        assertTrue(names.containsAll(List.of("florentine_marriage", "florentine_business", "dangling_weighted",
                "disconnected", "random_300", "ties_grid", "float_ties")), names.toString());
        Fixture random = ReferenceFixtures.load("random_300");
        assertEquals(300, random.graph().n());
        assertEquals(3000, random.graph().edgeCount());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void pageRankMatchesNetworkx(Fixture f) {
        double[] actual = PageRank.compute(f.graph(), 0.85, null);
        assertTrue(maxDiff(f.pagerank(), actual) <= TOLERANCE, () -> f.name() + ": " + worst(f.pagerank(), actual));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void personalizedPageRankMatchesNetworkx(Fixture f) {
        double[] actual = PageRank.compute(f.graph(), 0.85, f.personalization());
        assertTrue(maxDiff(f.personalized(), actual) <= TOLERANCE,
                () -> f.name() + ": " + worst(f.personalized(), actual));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void betweennessMatchesNetworkx(Fixture f) {
        double[] parallel = Betweenness.compute(f.costGraph());
        assertTrue(maxDiff(f.betweenness(), parallel) <= TOLERANCE,
                () -> f.name() + ": " + worst(f.betweenness(), parallel));
        double[] sequential = Betweenness.compute(f.costGraph(), true, false);
        assertTrue(maxDiff(f.betweenness(), sequential) <= TOLERANCE,
                () -> f.name() + " (sequential): " + worst(f.betweenness(), sequential));
    }

    /**
     * Louvain: our modularity function reproduces networkx's value for networkx's own partition, and
     * our deterministic partition is not materially worse than the best of five seeded networkx runs.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void louvainComparesWithNetworkx(Fixture f) {
        assertEquals(f.louvainModularity(), Communities.modularity(f.graph(), f.louvainPartition()), 1e-9, f.name());
        double ours = Communities.modularity(f.graph(), Communities.louvain(f.graph()));
        assertTrue(ours >= f.louvainModularity() - 0.02,
                () -> f.name() + ": modularity " + ours + " vs networkx " + f.louvainModularity());
    }
}
