package io.powermap.analysis.algo;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * Immutable directed weighted graph over nodes {@code 0..n-1} in compressed sparse row form.
 *
 * <p>Out-edges of {@code v} occupy the edge indices {@code outStart(v) .. outEnd(v)-1}. Within a
 * row, edges keep the order in which each {@code (from, to)} pair was first added, so adjacency
 * order matches a networkx {@code DiGraph} built from the same edge list (the reference tests rely
 * on that). Parallel edges are merged into one edge whose weight is the sum; self-loops are
 * rejected because none of the analytics gives them a meaning. Weights are finite and {@code >= 0}.
 *
 * <p>Public array accessors return copies; the algorithms in this package read the backing arrays
 * directly through package-private accessors.
 */
public final class WeightedDigraph {

    private final int n;
    private final int[] offsets;   // length n + 1
    private final int[] targets;   // length m
    private final double[] weights; // length m
    private final double[] outWeightSums; // length n

    private WeightedDigraph(int n, int[] offsets, int[] targets, double[] weights) {
        this.n = n;
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
        this.outWeightSums = new double[n];
        for (int v = 0; v < n; v++) {
            double s = 0;
            for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                s += weights[e];
            }
            if (!Double.isFinite(s)) {
                throw new IllegalArgumentException("out-weight sum of node " + v + " overflows");
            }
            outWeightSums[v] = s;
        }
    }

    /** Starts a graph with nodes {@code 0..n-1}. */
    public static Builder builder(int n) {
        return new Builder(n);
    }

    /** Number of nodes. */
    public int n() {
        return n;
    }

    /** Number of distinct directed edges (parallel edges count once). */
    public int edgeCount() {
        return targets.length;
    }

    public int outDegree(int v) {
        checkNode(v);
        return offsets[v + 1] - offsets[v];
    }

    /** First edge index of {@code v}'s row. */
    public int outStart(int v) {
        checkNode(v);
        return offsets[v];
    }

    /** One past the last edge index of {@code v}'s row. */
    public int outEnd(int v) {
        checkNode(v);
        return offsets[v + 1];
    }

    /** Head of edge {@code e}. */
    public int target(int e) {
        return targets[e];
    }

    /** Weight of edge {@code e}. */
    public double weight(int e) {
        return weights[e];
    }

    /** Edge index of {@code from -> to}, or -1 if there is none. */
    public int edgeIndex(int from, int to) {
        checkNode(from);
        checkNode(to);
        for (int e = offsets[from]; e < offsets[from + 1]; e++) {
            if (targets[e] == to) {
                return e;
            }
        }
        return -1;
    }

    /** Same nodes, same edges in the same order, bit-identical weights. */
    public boolean sameAs(WeightedDigraph other) {
        return n == other.n && Arrays.equals(offsets, other.offsets) && Arrays.equals(targets, other.targets)
                && Arrays.equals(weights, other.weights);
    }

    /** Copy of the row offsets (length {@code n + 1}). */
    public int[] offsets() {
        return offsets.clone();
    }

    /** Copy of all edge heads, row by row (length {@code edgeCount()}). */
    public int[] targets() {
        return targets.clone();
    }

    /** Copy of all edge weights, aligned with {@link #targets()}. */
    public double[] weights() {
        return weights.clone();
    }

    /** Copy of {@code v}'s out-neighbours, in row order. */
    public int[] outNeighbours(int v) {
        checkNode(v);
        return Arrays.copyOfRange(targets, offsets[v], offsets[v + 1]);
    }

    /** Copy of {@code v}'s out-edge weights, aligned with {@link #outNeighbours(int)}. */
    public double[] outWeights(int v) {
        checkNode(v);
        return Arrays.copyOfRange(weights, offsets[v], offsets[v + 1]);
    }

    /** Sum of {@code v}'s out-edge weights; 0 marks a dangling node for PageRank. */
    public double outWeightSum(int v) {
        checkNode(v);
        return outWeightSums[v];
    }

    /** The transposed graph; each row lists its heads in increasing node order. */
    public WeightedDigraph reverse() {
        int m = targets.length;
        int[] rOffsets = new int[n + 1];
        for (int e = 0; e < m; e++) {
            rOffsets[targets[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            rOffsets[v + 1] += rOffsets[v];
        }
        int[] fill = Arrays.copyOf(rOffsets, n);
        int[] rTargets = new int[m];
        double[] rWeights = new double[m];
        for (int u = 0; u < n; u++) { // ascending u keeps every reversed row sorted
            for (int e = offsets[u]; e < offsets[u + 1]; e++) {
                int slot = fill[targets[e]]++;
                rTargets[slot] = u;
                rWeights[slot] = weights[e];
            }
        }
        return new WeightedDigraph(n, rOffsets, rTargets, rWeights);
    }

    /**
     * Same edges with {@code f} applied to every weight, e.g. {@code w -> 1 / w} for a cost graph.
     * The results must again be finite and {@code >= 0}, so drop zero-weight edges before taking
     * reciprocals.
     */
    public WeightedDigraph mapWeights(DoubleUnaryOperator f) {
        double[] mapped = new double[weights.length];
        for (int e = 0; e < weights.length; e++) {
            mapped[e] = f.applyAsDouble(weights[e]);
            checkWeight(mapped[e]);
        }
        return new WeightedDigraph(n, offsets, targets, mapped);
    }

    // Backing arrays for the algorithms in this package; never handed out.
    int[] offsetsArray() {
        return offsets;
    }

    int[] targetsArray() {
        return targets;
    }

    double[] weightsArray() {
        return weights;
    }

    private void checkNode(int v) {
        if (v < 0 || v >= n) {
            throw new IndexOutOfBoundsException("node " + v + " not in 0.." + (n - 1));
        }
    }

    static void checkWeight(double w) {
        if (!(w >= 0) || Double.isInfinite(w)) { // !(w >= 0) also catches NaN
            throw new IllegalArgumentException("weight must be finite and >= 0: " + w);
        }
    }

    @Override
    public String toString() {
        return "WeightedDigraph[n=" + n + ", m=" + targets.length + "]";
    }

    /** Collects edges; not thread-safe, single use not required. */
    public static final class Builder {
        private final int n;
        private int size;
        private int[] from = new int[16];
        private int[] to = new int[16];
        private double[] w = new double[16];

        public Builder(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("n must be >= 0: " + n);
            }
            this.n = n;
        }

        /** Adds {@code from -> to}; a repeated pair adds its weight to the existing edge. */
        public Builder addEdge(int from, int to, double weight) {
            if (from < 0 || from >= n || to < 0 || to >= n) {
                throw new IndexOutOfBoundsException("edge " + from + "->" + to + " outside 0.." + (n - 1));
            }
            if (from == to) {
                throw new IllegalArgumentException("self-loop on node " + from);
            }
            checkWeight(weight);
            if (size == this.from.length) {
                int cap = size * 2;
                this.from = Arrays.copyOf(this.from, cap);
                this.to = Arrays.copyOf(this.to, cap);
                this.w = Arrays.copyOf(this.w, cap);
            }
            this.from[size] = from;
            this.to[size] = to;
            this.w[size] = weight;
            size++;
            return this;
        }

        public WeightedDigraph build() {
            // Counting sort by tail: stable, so each row keeps insertion order.
            int[] offsets = new int[n + 1];
            for (int i = 0; i < size; i++) {
                offsets[from[i] + 1]++;
            }
            for (int v = 0; v < n; v++) {
                offsets[v + 1] += offsets[v];
            }
            int[] fill = Arrays.copyOf(offsets, n);
            int[] rawTo = new int[size];
            double[] rawW = new double[size];
            for (int i = 0; i < size; i++) {
                int slot = fill[from[i]]++;
                rawTo[slot] = to[i];
                rawW[slot] = w[i];
            }
            // Merge parallel edges row by row: the first occurrence keeps its place, later ones add
            // their weight to it (same summation order as networkx's pre-summed fixtures).
            int[] slotOf = new int[n];
            int[] stamp = new int[n];
            int[] targets = new int[size];
            double[] weights = new double[size];
            int[] newOffsets = new int[n + 1];
            int m = 0;
            for (int v = 0; v < n; v++) {
                newOffsets[v] = m;
                for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                    int t = rawTo[i];
                    if (stamp[t] == v + 1) {
                        weights[slotOf[t]] += rawW[i];
                    } else {
                        stamp[t] = v + 1;
                        slotOf[t] = m;
                        targets[m] = t;
                        weights[m] = rawW[i];
                        m++;
                    }
                }
            }
            newOffsets[n] = m;
            for (int e = 0; e < m; e++) {
                if (Double.isInfinite(weights[e])) {
                    throw new IllegalArgumentException("summed parallel weight overflows");
                }
            }
            return new WeightedDigraph(n, newOffsets, Arrays.copyOf(targets, m), Arrays.copyOf(weights, m));
        }
    }
}
