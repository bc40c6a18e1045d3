package io.powermap.analysis.algo;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Brandes betweenness centrality on a directed graph whose weights are path costs (e.g.
 * {@code 1 / influence weight}), equal to
 * {@code networkx.betweenness_centrality(G, weight="cost", normalized=True)}.
 *
 * <p>Each single-source Dijkstra mirrors networkx's {@code _single_source_dijkstra_path_basic}:
 * <ul>
 *   <li>a strictly shorter distance resets the predecessor list, and the path count is taken from
 *       the improving predecessor when the node settles;</li>
 *   <li>an exactly equal distance ({@code ==} on doubles, no epsilon) adds a predecessor, even for an
 *       already settled node (reachable only through zero-cost edges).</li>
 * </ul>
 * Distances are then bit-identical to networkx's (each is the exact float minimum of
 * {@code dist[v] + cost} over its in-edges, whatever the order nodes settle in), so equality decisions
 * agree too. A relative epsilon would break that: on the {@code float_ties} fixture, treating
 * 0.1 + 0.2 and 0.3 as equal moves scores by 7e-3.
 *
 * <p>Nodes settle from Dial's {@link Buckets} when every cost is positive and the largest is at most
 * {@value Buckets#MAX_SPREAD}× the smallest (real accounts: ~20×); 2.3× less CPU than the heap at
 * 2,000 people / 20,000 ties. Otherwise from an {@link IndexedMinHeap} ordered by (distance, push
 * counter), networkx's own settle order, which zero-cost edges need.
 *
 * <p>Sources run in fixed blocks of {@value #BLOCK} on the common ForkJoin pool. Every block writes
 * its own partial sums, which are added in block order, so the result is bit-for-bit the same
 * whether the run is parallel or sequential and whatever the number of cores.
 */
public final class Betweenness {

    static final int BLOCK = 32;

    private Betweenness() {
    }

    /**
     * Unnormalised betweenness ({@code raw}) with, per node, the number of sources from which it lies
     * inside some shortest path ({@code sources}): a node is at exactly 0 when that count is 0, which
     * an {@link #update} keeps exact although its sums carry rounding.
     */
    public record Raw(double[] raw, int[] sources) {}

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
        double[] raw = computeRaw(cost, parallel).raw();
        return normalized ? normalize(raw) : raw;
    }

    public static Raw computeRaw(WeightedDigraph cost, boolean parallel) {
        return computeRaw(cost, parallel, true);
    }

    /** @param allowBuckets false keeps to the heap even where {@link Buckets} apply (the reference for them) */
    static Raw computeRaw(WeightedDigraph cost, boolean parallel, boolean allowBuckets) {
        int n = cost.n();
        return run(n, allSources(n), parallel, () -> new Worker[] {new Worker(cost, allowBuckets)}, (pair, s, bc, count) ->
                pair[0].singleSource(s, bc, count, 1));
    }

    /**
     * Betweenness of {@code after} from that of {@code before}, a graph on the same nodes: only the
     * sources whose shortest paths may differ ({@link ShortestPathChange}) run again, taking off their
     * dependencies in {@code before} and adding those in {@code after}. Equal to {@link #computeRaw} up
     * to rounding (the sums run in another order); zeros stay exact. Null when a full computation is
     * cheaper: when half the sources or more are affected (each runs twice), or many edges changed.
     */
    public static Raw update(WeightedDigraph before, Raw old, WeightedDigraph after, boolean parallel) {
        int n = after.n();
        if (old.raw().length != n) {
            throw new IllegalArgumentException("scores of " + old.raw().length + " nodes for a graph of " + n);
        }
        int[] sources = ShortestPathChange.affectedSources(before, after, Math.max(1, n / 16));
        if (sources == null || 2L * sources.length >= n) {
            return null;
        }
        Raw delta = run(n, sources, parallel, () -> new Worker[] {new Worker(before, true), new Worker(after, true)},
                (pair, s, bc, count) -> {
                    pair[0].singleSource(s, bc, count, -1);
                    pair[1].singleSource(s, bc, count, 1);
                });
        double[] raw = old.raw().clone();
        int[] count = old.sources().clone();
        for (int v = 0; v < n; v++) {
            count[v] += delta.sources()[v];
            raw[v] = count[v] == 0 ? 0 : Math.max(0, raw[v] + delta.raw()[v]);
        }
        return new Raw(raw, count);
    }

    /** Divides by {@code (n-1)(n-2)} for n > 2, like networkx for directed graphs. */
    public static double[] normalize(double[] raw) {
        int n = raw.length;
        double[] bc = raw.clone();
        if (n > 2) {
            double scale = 1.0 / ((double) (n - 1) * (n - 2));
            for (int v = 0; v < n; v++) {
                bc[v] *= scale;
            }
        }
        return bc;
    }

    private static int[] allSources(int n) {
        int[] all = new int[n];
        for (int s = 0; s < n; s++) {
            all[s] = s;
        }
        return all;
    }

    private interface SourceRun {
        void accept(Worker[] workers, int source, double[] bc, int[] count);
    }

    /**
     * Runs {@code sources} in fixed blocks; each block sums into its own arrays, which are added in
     * block order, so the result does not depend on threads or cores.
     */
    private static Raw run(int n, int[] sources, boolean parallel, Supplier<Worker[]> workers, SourceRun body) {
        int blocks = (sources.length + BLOCK - 1) / BLOCK;
        // Scratch arrays are reused across blocks; the queue only hands them between threads.
        ConcurrentLinkedQueue<Worker[]> idle = new ConcurrentLinkedQueue<>();
        IntStream range = IntStream.range(0, blocks);
        if (parallel) {
            range = range.parallel();
        }
        Raw[] partials = range.mapToObj(b -> {
            Worker[] worker = idle.poll();
            if (worker == null) {
                worker = workers.get();
            }
            Raw partial = new Raw(new double[n], new int[n]);
            for (int i = b * BLOCK, end = Math.min(sources.length, i + BLOCK); i < end; i++) {
                body.accept(worker, sources[i], partial.raw(), partial.sources());
            }
            idle.add(worker);
            return partial;
        }).toArray(Raw[]::new); // encounter order = block order

        double[] bc = new double[n];
        int[] count = new int[n];
        for (Raw partial : partials) {
            for (int v = 0; v < n; v++) {
                bc[v] += partial.raw()[v];
                count[v] += partial.sources()[v];
            }
        }
        return new Raw(bc, count);
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
        private final Frontier frontier;

        Worker(WeightedDigraph g, boolean allowBuckets) {
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
            Buckets buckets = allowBuckets ? Buckets.forCosts(n, len) : null;
            frontier = buckets != null ? buckets : new CountedHeap(n);
        }

        /** Adds {@code sign} times s's dependencies to {@code bc}, and {@code sign} to the count of each node inside a path. */
        void singleSource(int s, double[] bc, int[] count, int sign) {
            dist[s] = 0;
            sigma[s] = 1;
            via[s] = s;
            settle(s);
            accumulate(s, bc, count, sign);
        }

        /**
         * Dijkstra from s. A node settles when the frontier gives it up: from the heap in networkx's order, by
         * (distance, push counter); from {@link Buckets} in any order within a bucket, which changes no distance,
         * path count or predecessor (see there).
         */
        private void settle(int s) {
            // Locals let the JIT keep the arrays in registers across the frontier's calls.
            final int[] off = this.off;
            final int[] tgt = this.tgt;
            final double[] len = this.len;
            final double[] dist = this.dist;
            final double[] sigma = this.sigma;
            final int[] via = this.via;
            final int[] order = this.order;
            final Frontier frontier = this.frontier;
            frontier.start(s);
            while (!frontier.isEmpty()) {
                int v = frontier.pop();
                if (v != s) {
                    sigma[v] += sigma[via[v]];
                }
                order[settledCount++] = v;
                double dv = dist[v];
                for (int e = off[v]; e < off[v + 1]; e++) {
                    int w = tgt[e];
                    double d = dv + len[e];
                    double dw = dist[w];
                    if (d < dw) { // never true for a settled w: dist[w] <= dv <= d
                        improve(w, v, d);
                        if (dw != Double.POSITIVE_INFINITY) {
                            frontier.lower(w, d);
                        } else {
                            frontier.add(w, d);
                        }
                    } else if (d == dw && d != Double.POSITIVE_INFINITY) { // inf: overflow, unseen
                        addEqual(w, v);
                    }
                }
            }
        }

        /** v gives w a strictly shorter distance: v is its only predecessor so far. */
        private void improve(int w, int v, double d) {
            dist[w] = d;
            via[w] = v;
            sigma[w] = 0;
            predPool[predOff[w]] = v;
            predCount[w] = 1;
        }

        /** v gives w an exactly equal distance, even a settled w (reachable only through zero-cost edges). */
        private void addEqual(int w, int v) {
            sigma[w] += sigma[v];
            predPool[predOff[w] + predCount[w]++] = v;
        }

        private void accumulate(int s, double[] bc, int[] count, int sign) {
            final int[] predOff = this.predOff;
            final int[] predPool = this.predPool;
            final int[] predCount = this.predCount;
            final double[] dist = this.dist;
            final double[] sigma = this.sigma;
            final double[] delta = this.delta;
            final int[] order = this.order;
            // Accumulate dependencies in reverse settle order.
            for (int i = settledCount - 1; i >= 0; i--) {
                int w = order[i];
                double coeff = (1 + delta[w]) / sigma[w];
                for (int k = predOff[w], end = k + predCount[w]; k < end; k++) {
                    int v = predPool[k];
                    delta[v] += sigma[v] * coeff;
                }
                if (w != s && delta[w] != 0) {
                    bc[w] += sign * delta[w];
                    count[w] += sign;
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

    /** The queued nodes of one single-source run, each at its tentative distance. */
    private interface Frontier {
        /** Empty, then s at distance 0. */
        void start(int s);

        boolean isEmpty();

        /** A node that can settle: none queued is closer. */
        int pop();

        void add(int v, double d);

        /** v, queued, now at a shorter distance d. */
        void lower(int v, double d);
    }

    /** The heap with networkx's tie-break: the order of pushes (its {@code itertools.count()}), a decrease counting as one. */
    private static final class CountedHeap implements Frontier {
        private final IndexedMinHeap heap;
        private int counter;

        CountedHeap(int n) {
            heap = new IndexedMinHeap(n);
        }

        @Override
        public void start(int s) {
            counter = 0;
            heap.push(s, 0, counter++);
        }

        @Override
        public boolean isEmpty() {
            return heap.isEmpty();
        }

        @Override
        public int pop() {
            return heap.pop();
        }

        @Override
        public void add(int v, double d) {
            heap.push(v, d, counter++);
        }

        @Override
        public void lower(int v, double d) {
            heap.decrease(v, d, counter++);
        }
    }

    /**
     * Dial's buckets of node ids on a ring of slots, a bitmap of the non-empty ones to skip to the next.
     * Queued distances span less than the ring (at most the largest edge cost past the current bucket),
     * so a slot never holds two buckets at once.
     */
    static final class Buckets implements Frontier {
        /** Beyond this ratio of largest to smallest edge cost the ring (and its scans) outgrows the heap. */
        static final double MAX_SPREAD = 1024;
        /**
         * The width sits this far under the smallest cost, so that rounding in {@code d + cost} and in
         * {@code d / width} cannot land an edge's head in its tail's bucket (it would take distances of
         * ~10^9 widths).
         */
        private static final double MARGIN = 1e-6;

        private final double perWidth;
        private final int mask;
        private final int[] head;   // first node of each slot, -1 when empty
        private final int[] next;
        private final int[] prev;
        private final int[] slotOf;
        private final long[] nonEmpty;
        private int current;        // slot of the bucket being settled
        private int size;

        /** Null when the costs do not suit buckets: a zero cost (equal distances along an edge) or a wide spread. */
        static Buckets forCosts(int n, double[] costs) {
            double min = Double.POSITIVE_INFINITY;
            double max = 0;
            for (double c : costs) {
                min = Math.min(min, c);
                max = Math.max(max, c);
            }
            if (costs.length == 0 || !(min > 0) || max / min > MAX_SPREAD) {
                return null;
            }
            double width = min * (1 - MARGIN);
            int span = (int) Math.ceil(max / width) + 3;
            return new Buckets(n, width, Integer.highestOneBit(span - 1) << 1);
        }

        private Buckets(int n, double width, int slots) {
            perWidth = 1 / width;
            mask = slots - 1;
            head = new int[slots];
            Arrays.fill(head, -1);
            next = new int[n];
            prev = new int[n];
            slotOf = new int[n];
            nonEmpty = new long[(slots + 63) >>> 6];
        }

        @Override
        public void start(int s) {
            add(s, 0);
        }

        @Override
        public boolean isEmpty() {
            return size == 0;
        }

        @Override
        public void add(int v, double d) {
            link(v, slot(d));
            size++;
        }

        /** Moves v to its new bucket, if the shorter distance d changed that. */
        @Override
        public void lower(int v, double d) {
            int to = slot(d);
            if (to != slotOf[v]) {
                unlink(v);
                link(v, to);
            }
        }

        /** A node of the lowest non-empty bucket, removed. */
        @Override
        public int pop() {
            if (head[current] < 0) {
                current = nextNonEmpty(current);
            }
            int v = head[current];
            unlink(v);
            size--;
            return v;
        }

        private int slot(double d) {
            return (int) ((long) (d * perWidth) & mask);
        }

        private void link(int v, int slot) {
            int first = head[slot];
            next[v] = first;
            prev[v] = -1;
            if (first >= 0) {
                prev[first] = v;
            } else {
                nonEmpty[slot >>> 6] |= 1L << slot;
            }
            head[slot] = v;
            slotOf[v] = slot;
        }

        private void unlink(int v) {
            int slot = slotOf[v];
            if (prev[v] >= 0) {
                next[prev[v]] = next[v];
            } else {
                head[slot] = next[v];
                if (next[v] < 0) {
                    nonEmpty[slot >>> 6] &= ~(1L << slot);
                }
            }
            if (next[v] >= 0) {
                prev[next[v]] = prev[v];
            }
        }

        /** The first non-empty slot at or after {@code from} around the ring; there is one while size > 0. */
        private int nextNonEmpty(int from) {
            int word = from >>> 6;
            long bits = nonEmpty[word] & (-1L << from);
            for (int i = 0; i <= nonEmpty.length; i++) {
                if (bits != 0) {
                    return (word << 6) + Long.numberOfTrailingZeros(bits);
                }
                word = word + 1 == nonEmpty.length ? 0 : word + 1;
                bits = nonEmpty[word];
            }
            throw new IllegalStateException("no queued node");
        }
    }
}
