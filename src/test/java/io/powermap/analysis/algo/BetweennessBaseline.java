package io.powermap.analysis.algo;

/** The benchmarks' baseline for {@link Betweenness}: the same Brandes with every source settled from the heap. */
public final class BetweennessBaseline {

    private BetweennessBaseline() {
    }

    public static Betweenness.Raw onHeap(WeightedDigraph cost, boolean parallel) {
        return Betweenness.computeRaw(cost, parallel, false);
    }
}
