package io.powermap.analysis.algo;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/**
 * Brandes betweenness centrality on a directed graph whose weights are path costs (e.g.
 * {@code 1 / influence weight}), equal to
 * {@code networkx.betweenness_centrality(G, weight="cost", normalized=True)}.
 *
 * <p>Each single-source Dijkstra mirrors networkx's {@code _single_source_dijkstra_path_basic}:
 * <ul>
 *   <li>the heap orders by (distance, push counter), so nodes settle in networkx's order;</li>
 *   <li>a strictly shorter distance resets the predecessor list, and the path count is taken from
 *       the improving predecessor when the node settles;</li>
 *   <li>an exactly equal distance ({@code ==} on doubles, no epsilon) adds a predecessor, even for an
 *       already settled node (reachable only through zero-cost edges).</li>
 * </ul>
 * Distances are then bit-identical to networkx's, so equality decisions agree too. A relative
 * epsilon would break that: on the {@code float_ties} fixture, treating 0.1 + 0.2 and 0.3 as equal
 * moves scores by 7e-3.
 *
 * <p>Sources run in fixed blocks of {@value #BLOCK} on the common ForkJoin pool. Every block writes
 * its own partial sums, which are added in block order, so the result is bit-for-bit the same
 * whether the run is parallel or sequential and whatever the number of cores.
 */
public final class Betweenness {

    static final int BLOCK = 32;

    private Betweenness() {
    }

    /** Normalised betweenness, computed in parallel. */
    public static double[] compute(WeightedDigraph cost) {
        return compute(cost, true, true);
    }

    /**
     * @param cost edge weights are costs (lengths), finite and >= 0
     * @param normalized divide by {@code (n-1)(n-2)} for n > 2, like networkx for directed graphs
     * @param parallel spread source blocks over the common ForkJoin pool
     */
    public static double[] compute(WeightedDigraph cost, boolean normalized, boolean parallel) {
        int n = cost.n();
        int blocks = (n + BLOCK - 1) / BLOCK;
        // Scratch arrays are reused across blocks; the queue only hands them between threads.
        ConcurrentLinkedQueue<Worker> idle = new ConcurrentLinkedQueue<>();
        IntStream range = IntStream.range(0, blocks);
        if (parallel) {
            range = range.parallel();
        }
        double[][] partials = range.mapToObj(b -> {
            Worker worker = idle.poll();
            if (worker == null) {
                worker = new Worker(cost);
            }
            double[] partial = new double[n];
            for (int s = b * BLOCK, end = Math.min(n, s + BLOCK); s < end; s++) {
                worker.singleSource(s, partial);
            }
            idle.add(worker);
            return partial;
        }).toArray(double[][]::new); // encounter order = block order

        double[] bc = new double[n];
        for (double[] partial : partials) {
            for (int v = 0; v < n; v++) {
                bc[v] += partial[v];
            }
        }
        if (normalized && n > 2) {
            double scale = 1.0 / ((double) (n - 1) * (n - 2));
            for (int v = 0; v < n; v++) {
                bc[v] *= scale;
            }
        }
        return bc;
    }

    /** Per-thread scratch for one source at a time. */
    private static final class Worker {
        private final int n;
        private final int[] off;
        private final int[] tgt;
        private final double[] len;
        private final int[] predOff;   // predecessor slots of w: predOff[w] .. predOff[w] + in-degree(w)
        private final int[] predPool;
        private final int[] predCount;
        private final double[] dist;   // tentative, final once settled
        private final double[] sigma;
        private final double[] delta;
        private final int[] via;       // predecessor that set the current tentative distance
        private final int[] order;     // settle order (networkx's S)
        private int settledCount;
        private final IndexedMinHeap heap;

        Worker(WeightedDigraph g) {
            n = g.n();
            off = g.offsetsArray();
            tgt = g.targetsArray();
            len = g.weightsArray();
            predOff = new int[n + 1];
            for (int t : tgt) {
                predOff[t + 1]++;
            }
            for (int v = 0; v < n; v++) {
                predOff[v + 1] += predOff[v];
            }
            // Each edge (v, w) is relaxed once per source, so w never holds more than in-degree(w)
            // predecessors, even across resets.
            predPool = new int[tgt.length];
            predCount = new int[n];
            dist = new double[n];
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            sigma = new double[n];
            delta = new double[n];
            via = new int[n];
            order = new int[n];
            heap = new IndexedMinHeap(n);
        }

        void singleSource(int s, double[] bc) {
            // Locals let the JIT keep the arrays in registers across the heap calls.
            final int[] off = this.off;
            final int[] tgt = this.tgt;
            final double[] len = this.len;
            final int[] predOff = this.predOff;
            final int[] predPool = this.predPool;
            final int[] predCount = this.predCount;
            final double[] dist = this.dist;
            final double[] sigma = this.sigma;
            final double[] delta = this.delta;
            final int[] via = this.via;
            final int[] order = this.order;
            final IndexedMinHeap heap = this.heap;
            int counter = 0;
            dist[s] = 0;
            sigma[s] = 1;
            via[s] = s;
            heap.push(s, 0, counter++);
            while (!heap.isEmpty()) {
                int v = heap.pop();
                if (v != s) {
                    sigma[v] += sigma[via[v]];
                }
                order[settledCount++] = v;
                double dv = dist[v];
                for (int e = off[v]; e < off[v + 1]; e++) {
                    int w = tgt[e];
                    double d = dv + len[e];
                    if (d < dist[w]) { // never true for a settled w: dist[w] <= dv <= d
                        boolean queued = dist[w] != Double.POSITIVE_INFINITY;
                        dist[w] = d;
                        via[w] = v;
                        sigma[w] = 0;
                        predPool[predOff[w]] = v;
                        predCount[w] = 1;
                        if (queued) {
                            heap.decrease(w, d, counter++);
                        } else {
                            heap.push(w, d, counter++);
                        }
                    } else if (d == dist[w] && d != Double.POSITIVE_INFINITY) { // inf: overflow, unseen
                        sigma[w] += sigma[v];
                        predPool[predOff[w] + predCount[w]++] = v;
                    }
                }
            }
            // Accumulate dependencies in reverse settle order.
            for (int i = settledCount - 1; i >= 0; i--) {
                int w = order[i];
                double coeff = (1 + delta[w]) / sigma[w];
                for (int k = predOff[w], end = k + predCount[w]; k < end; k++) {
                    int v = predPool[k];
                    delta[v] += sigma[v] * coeff;
                }
                if (w != s) {
                    bc[w] += delta[w];
                }
            }
            // Every reached node was settled, so resetting those restores the scratch.
            for (int i = 0; i < settledCount; i++) {
                int v = order[i];
                dist[v] = Double.POSITIVE_INFINITY;
                sigma[v] = 0;
                delta[v] = 0;
                predCount[v] = 0;
            }
            settledCount = 0;
        }
    }
}
