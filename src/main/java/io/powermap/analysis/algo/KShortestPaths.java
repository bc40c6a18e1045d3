package io.powermap.analysis.algo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Yen's k shortest loopless paths on a cost graph, from one or several sources to a target.
 *
 * <p>A per-node penalty is added each time a node is an intermediate of a path (never for the
 * source or the target), so that opposed or competitor-aligned go-betweens rank behind neutral ones;
 * {@code +Infinity} forbids a node as an intermediate. The penalty is folded into the cost of every
 * edge entering the node (except edges into the target), so Yen runs unchanged.
 *
 * <p>With several sources, a virtual root with zero-cost edges to each source is added and edges
 * into sources are dropped: a path starts at exactly one source and never passes through another
 * one (the part after that other source would be a cheaper path on its own and is listed anyway).
 *
 * <p>Paths are ranked by (cost, hops, node sequence compared lexicographically), a strict total
 * order that survives extending a path by an edge. The spur searches are Dijkstra runs that pick the
 * minimum path in that same order (distance first, then hops, then the predecessor whose own path
 * is lexicographically smaller), and they start from the root's cost so that every distance is the
 * left-to-right sum of edge costs, exactly as a path's reported cost. The result is therefore
 * exactly the first k loopless paths in that order, ties included, independent of edge insertion
 * order.
 */
public final class KShortestPaths {

    /**
     * A path and what it costs.
     *
     * @param nodes source first, target last
     * @param cost edge costs plus intermediate penalties: the ranking key
     * @param penalty the part of {@code cost} that comes from penalties
     */
    public record Path(int[] nodes, double cost, double penalty) {
        public int hops() {
            return nodes.length - 1;
        }

        public int source() {
            return nodes[0];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Path p && Arrays.equals(nodes, p.nodes)
                    && Double.compare(cost, p.cost) == 0 && Double.compare(penalty, p.penalty) == 0;
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(nodes) + Double.hashCode(cost);
        }

        @Override
        public String toString() {
            return Arrays.toString(nodes) + " cost=" + cost
                    + (penalty != 0 ? " (penalty " + penalty + ")" : "");
        }
    }

    private KShortestPaths() {
    }

    /** Up to {@code k} cheapest loopless paths from {@code source} to {@code target}, no penalties. */
    public static List<Path> find(WeightedDigraph cost, int source, int target, int k) {
        return find(cost, new int[] {source}, target, k, null);
    }

    /**
     * Up to {@code k} cheapest loopless paths from any of {@code sources} to {@code target}.
     *
     * @param cost edge weights are costs, finite and >= 0
     * @param sources distinct or not, none equal to {@code target}
     * @param penaltyOrNull per-node extra cost (>= 0, may be +Infinity) charged when the node is an
     *        intermediate; null for none
     * @return fewer than {@code k} paths when fewer exist
     */
    public static List<Path> find(WeightedDigraph cost, int[] sources, int target, int k,
                                  double[] penaltyOrNull) {
        int n = cost.n();
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0: " + k);
        }
        if (target < 0 || target >= n) {
            throw new IndexOutOfBoundsException("target " + target);
        }
        if (sources == null || sources.length == 0) {
            throw new IllegalArgumentException("at least one source is required");
        }
        boolean[] isSource = new boolean[n];
        for (int s : sources) {
            if (s < 0 || s >= n) {
                throw new IndexOutOfBoundsException("source " + s);
            }
            if (s == target) {
                throw new IllegalArgumentException("target " + target + " is also a source");
            }
            isSource[s] = true;
        }
        double[] penalty = new double[n];
        if (penaltyOrNull != null) {
            if (penaltyOrNull.length != n) {
                throw new IllegalArgumentException(
                        "penalty has " + penaltyOrNull.length + " entries for " + n + " nodes");
            }
            for (int v = 0; v < n; v++) {
                double p = penaltyOrNull[v];
                if (!(p >= 0)) {
                    throw new IllegalArgumentException("penalty must be >= 0: " + p);
                }
                penalty[v] = p;
            }
        }
        if (k == 0) {
            return List.of();
        }
        return new Search(cost, isSource, target, penalty).run(k);
    }

    /** Yen's algorithm on the transformed graph: node n is the virtual root. */
    private static final class Search {
        private final int n;
        private final int root;
        private final int target;
        private final double[] penalty;
        private final int[] off;
        private final int[] tgt;
        private final double[] len;  // edge cost + penalty of the head when it is an intermediate
        private final double[] dist;
        private final int[] prev;
        private final int[] hops;
        private final boolean[] done;
        private final boolean[] blockedNode;
        private final boolean[] blockedEdge;
        private final IndexedMinHeap heap;

        Search(WeightedDigraph g, boolean[] isSource, int target, double[] penalty) {
            this.n = g.n();
            this.root = n;
            this.target = target;
            this.penalty = penalty;
            int[] gOff = g.offsetsArray();
            int[] gTgt = g.targetsArray();
            double[] gW = g.weightsArray();
            int sourceCount = 0;
            for (boolean b : isSource) {
                sourceCount += b ? 1 : 0;
            }
            off = new int[n + 2];
            int[] t = new int[gTgt.length + sourceCount];
            double[] l = new double[t.length];
            int m = 0;
            for (int u = 0; u < n; u++) {
                off[u] = m;
                for (int e = gOff[u]; e < gOff[u + 1]; e++) {
                    int v = gTgt[e];
                    double extra = v == target ? 0 : penalty[v];
                    if (isSource[v] || extra == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    t[m] = v;
                    l[m] = gW[e] + extra;
                    m++;
                }
            }
            off[root] = m;
            for (int s = 0; s < n; s++) {
                if (isSource[s]) {
                    t[m] = s;
                    l[m] = 0;
                    m++;
                }
            }
            off[root + 1] = m;
            tgt = Arrays.copyOf(t, m);
            len = Arrays.copyOf(l, m);
            dist = new double[n + 1];
            prev = new int[n + 1];
            hops = new int[n + 1];
            done = new boolean[n + 1];
            blockedNode = new boolean[n + 1];
            blockedEdge = new boolean[m];
            heap = new IndexedMinHeap(n + 1);
        }

        private static final Comparator<int[]> LEX = Arrays::compare;

        private record Candidate(int[] nodes, double cost) {
        }

        private static final Comparator<Candidate> ORDER = Comparator
                .comparingDouble(Candidate::cost)
                .thenComparingInt(c -> c.nodes().length)
                .thenComparing(Candidate::nodes, LEX);

        List<Path> run(int k) {
            List<int[]> accepted = new ArrayList<>();
            int[] first = shortest(root, 0, 0);
            if (first == null) {
                return List.of();
            }
            accepted.add(first);
            TreeSet<Candidate> candidates = new TreeSet<>(ORDER);
            Set<List<Integer>> known = new HashSet<>();
            known.add(key(first));
            while (accepted.size() < k) {
                int[] last = accepted.get(accepted.size() - 1);
                double rootCost = 0; // left-to-right sum up to the spur node
                for (int i = 0; i < last.length - 1; i++) {
                    if (i > 0) {
                        rootCost += len[edge(last[i - 1], last[i])];
                    }
                    int spur = last[i];
                    // Forbid the next edge of every accepted path that shares this root.
                    for (int[] p : accepted) {
                        if (p.length > i + 1 && Arrays.equals(p, 0, i + 1, last, 0, i + 1)) {
                            int e = edge(p[i], p[i + 1]);
                            if (e >= 0) {
                                blockedEdge[e] = true;
                            }
                        }
                    }
                    for (int j = 0; j < i; j++) {
                        blockedNode[last[j]] = true;
                    }
                    int[] spurPath = shortest(spur, rootCost, i);
                    Arrays.fill(blockedEdge, false);
                    for (int j = 0; j < i; j++) {
                        blockedNode[last[j]] = false;
                    }
                    if (spurPath != null) {
                        int[] full = new int[i + spurPath.length];
                        System.arraycopy(last, 0, full, 0, i);
                        System.arraycopy(spurPath, 0, full, i, spurPath.length);
                        if (known.add(key(full))) {
                            candidates.add(new Candidate(full, pathCost(full)));
                        }
                    }
                }
                Candidate best = candidates.pollFirst();
                if (best == null) {
                    break;
                }
                accepted.add(best.nodes());
            }
            List<Path> out = new ArrayList<>(accepted.size());
            for (int[] p : accepted) {
                int[] nodes = Arrays.copyOfRange(p, 1, p.length); // drop the virtual root
                double pen = 0;
                for (int j = 1; j < nodes.length - 1; j++) {
                    pen += penalty[nodes[j]];
                }
                out.add(new Path(nodes, pathCost(p), pen));
            }
            return out;
        }

        /** Sums edge costs left to right, so a path's cost never depends on how it was found. */
        private double pathCost(int[] p) {
            double c = 0;
            for (int j = 0; j + 1 < p.length; j++) {
                c += len[edge(p[j], p[j + 1])];
            }
            return c;
        }

        private int edge(int u, int v) {
            for (int e = off[u]; e < off[u + 1]; e++) {
                if (tgt[e] == v) {
                    return e;
                }
            }
            return -1;
        }

        private static List<Integer> key(int[] p) {
            List<Integer> l = new ArrayList<>(p.length);
            for (int v : p) {
                l.add(v);
            }
            return l;
        }

        /**
         * Dijkstra from {@code from} to the target avoiding blocked nodes and edges, minimising
         * (distance, hops, node sequence); null if the target is unreachable. Nodes settle in
         * (distance, hops) order, which is strict along every edge (hops grow), so a node's
         * predecessors are all final before it settles and its lexicographic tie-break is exact.
         */
        private int[] shortest(int from, double startDist, int startHops) {
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            Arrays.fill(done, false);
            dist[from] = startDist;
            hops[from] = startHops;
            prev[from] = -1;
            heap.push(from, startDist, startHops);
            boolean found = false;
            while (!heap.isEmpty()) {
                int v = heap.pop();
                done[v] = true;
                if (v == target) {
                    found = true;
                    break;
                }
                for (int e = off[v]; e < off[v + 1]; e++) {
                    int w = tgt[e];
                    if (blockedEdge[e] || blockedNode[w] || done[w]) {
                        continue;
                    }
                    double d = dist[v] + len[e];
                    if (d == Double.POSITIVE_INFINITY) {
                        continue; // overflowed (huge penalties): as good as unreachable
                    }
                    int h = hops[v] + 1;
                    boolean queued = dist[w] != Double.POSITIVE_INFINITY;
                    boolean better = d < dist[w]
                            || d == dist[w] && (h < hops[w] || h == hops[w] && lexLess(v, prev[w], from));
                    if (better) {
                        dist[w] = d;
                        hops[w] = h;
                        prev[w] = v;
                        if (queued) {
                            heap.decrease(w, d, h);
                        } else {
                            heap.push(w, d, h);
                        }
                    }
                }
            }
            heap.clear(); // ready for the next search
            if (!found) {
                return null;
            }
            int length = hops[target] - hops[from];
            int[] path = new int[length + 1];
            int v = target;
            for (int i = length; i >= 0; i--) {
                path[i] = v;
                v = prev[v];
            }
            return path;
        }

        /** Whether the current path to {@code a} is lexicographically below the one to {@code b}. */
        private boolean lexLess(int a, int b, int from) {
            // Equal hop counts, so both chains have the same length: compare them from the start.
            int length = hops[a] - hops[from];
            int[] pa = new int[length + 1];
            int[] pb = new int[length + 1];
            for (int i = length; i >= 0; i--) {
                pa[i] = a;
                pb[i] = b;
                a = prev[a];
                b = prev[b];
            }
            return Arrays.compare(pa, pb) < 0;
        }
    }
}
