package io.powermap.analysis.algo;

import java.util.Arrays;

/**
 * PageRank and personalised PageRank with the semantics of
 * {@code networkx.pagerank(G, alpha, personalization, weight="weight", dangling=None)}.
 *
 * <ul>
 *   <li>Each row is normalised by its weighted out-degree.</li>
 *   <li>A node whose out-weight sum is 0 is dangling; its mass is redistributed along the
 *       teleport vector (networkx's default when {@code dangling=None}).</li>
 *   <li>Teleport is uniform, or the personalisation vector normalised to sum 1.</li>
 *   <li>Iteration stops when the L1 change is below {@code n * tolerance} (networkx's test); not
 *       converging within {@code maxIterations} throws, as networkx does.</li>
 * </ul>
 *
 * <p>The iteration pulls over the reverse CSR with pre-normalised weights: one pass over the edges
 * per iteration, no allocation inside the loop.
 */
public final class PageRank {

    /** Tight enough that results match networkx (run at 1e-13 as well) to far below 1e-6. */
    public static final double DEFAULT_TOLERANCE = 1e-13;
    public static final int DEFAULT_MAX_ITERATIONS = 10_000;

    private PageRank() {
    }

    /**
     * @param g the graph; edge weights are transition strengths
     * @param alpha damping factor in [0, 1]
     * @param personalizationOrNull null for uniform teleport, else n non-negative values with a
     *        positive sum (normalised here)
     * @return scores summing to 1
     */
    public static double[] compute(WeightedDigraph g, double alpha, double[] personalizationOrNull) {
        return compute(g, alpha, personalizationOrNull, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
    }

    public static double[] compute(WeightedDigraph g, double alpha, double[] personalizationOrNull,
                                   double tolerance, int maxIterations) {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in [0, 1]: " + alpha);
        }
        if (!(tolerance > 0) || maxIterations < 1) {
            throw new IllegalArgumentException("tolerance must be > 0 and maxIterations >= 1");
        }
        int n = g.n();
        if (n == 0) {
            return new double[0];
        }
        double[] p = teleport(n, personalizationOrNull);

        // Reverse CSR with weights already divided by the tail's out-weight sum.
        int[] off = g.offsetsArray();
        int[] tgt = g.targetsArray();
        double[] w = g.weightsArray();
        int m = tgt.length;
        int[] inOff = new int[n + 1];
        for (int e = 0; e < m; e++) {
            inOff[tgt[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            inOff[v + 1] += inOff[v];
        }
        int[] fill = Arrays.copyOf(inOff, n);
        int[] inSrc = new int[m];
        double[] inW = new double[m];
        int danglingCount = 0;
        for (int u = 0; u < n; u++) {
            double s = g.outWeightSum(u);
            if (s == 0) {
                danglingCount++; // its edges (all weight 0) carry nothing
            }
            double inv = s == 0 ? 0 : 1.0 / s;
            for (int e = off[u]; e < off[u + 1]; e++) {
                int slot = fill[tgt[e]]++;
                inSrc[slot] = u;
                inW[slot] = w[e] * inv;
            }
        }
        int[] dangling = new int[danglingCount];
        for (int u = 0, k = 0; u < n; u++) {
            if (g.outWeightSum(u) == 0) {
                dangling[k++] = u;
            }
        }

        double[] x = new double[n];
        double[] next = new double[n];
        Arrays.fill(x, 1.0 / n);
        double threshold = n * tolerance;
        double oneMinusAlpha = 1 - alpha;
        for (int it = 0; it < maxIterations; it++) {
            double danglingMass = 0;
            for (int u : dangling) {
                danglingMass += x[u];
            }
            double err = 0;
            for (int v = 0; v < n; v++) {
                double sum = 0;
                for (int k = inOff[v]; k < inOff[v + 1]; k++) {
                    sum += x[inSrc[k]] * inW[k];
                }
                double nv = alpha * (sum + danglingMass * p[v]) + oneMinusAlpha * p[v];
                next[v] = nv;
                err += Math.abs(nv - x[v]);
            }
            double[] t = x;
            x = next;
            next = t;
            if (err < threshold) {
                return x;
            }
        }
        throw new IllegalStateException("PageRank did not converge in " + maxIterations + " iterations");
    }

    private static double[] teleport(int n, double[] personalization) {
        double[] p = new double[n];
        if (personalization == null) {
            Arrays.fill(p, 1.0 / n);
            return p;
        }
        if (personalization.length != n) {
            throw new IllegalArgumentException("personalization has " + personalization.length
                    + " entries for " + n + " nodes");
        }
        double sum = 0;
        for (double v : personalization) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("personalization values must be finite and >= 0: " + v);
            }
            sum += v;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("personalization is all zeros");
        }
        for (int i = 0; i < n; i++) {
            p[i] = personalization[i] / sum;
        }
        return p;
    }
}
