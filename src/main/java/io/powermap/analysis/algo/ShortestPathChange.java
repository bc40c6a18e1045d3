package io.powermap.analysis.algo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Which sources' shortest paths may differ between two cost graphs on the same nodes.
 *
 * <p>Let E be the edges that were added, removed or re-weighted. If no edge of E lies on a shortest path
 * from s in the old graph (is "tight": {@code d(s,u) + c(u,v) == d(s,v)}) nor in the new one, then every
 * old shortest path from s avoids E and exists in the new graph at the same cost, and vice versa: the
 * distances, path counts and shortest-path DAG from s are the same in both graphs, and so is s's
 * Brandes dependency vector. So only the sources at which some edge of E is tight, before or after,
 * need to run again.
 *
 * <p>{@code d(s,u)} for all s at once is one Dijkstra from u on the reversed graph, so the test costs
 * up to four Dijkstras per changed edge. The reversed runs add the costs in another order than a
 * forward run, so tightness is tested with a relative slack: it may flag a source that is not affected
 * (recomputing it changes nothing), never miss one that is.
 */
public final class ShortestPathChange {

    /** Far above the rounding of a path sum (about 1e-13 relative for 2,000 hops), far below a real gap. */
    private static final double SLACK = 1e-9;

    private ShortestPathChange() {
    }

    /**
     * The sources, in increasing order, whose shortest-path DAG may differ; null when the graphs differ
     * in more than {@code maxChangedEdges} edges (the caller is better off with a full computation).
     */
    public static int[] affectedSources(WeightedDigraph before, WeightedDigraph after, int maxChangedEdges) {
        int n = before.n();
        if (after.n() != n) {
            throw new IllegalArgumentException("graphs on different node counts: " + n + " and " + after.n());
        }
        Distances old = new Distances(before);
        Distances now = new Distances(after);
        boolean[] affected = new boolean[n];
        int changed = 0;
        for (int u = 0; u < n; u++) {
            if (sameRow(before, after, u)) {
                continue;
            }
            for (int e = before.offsetsArray()[u]; e < before.offsetsArray()[u + 1]; e++) {
                int v = before.targetsArray()[e];
                double c = before.weightsArray()[e];
                int f = after.edgeIndex(u, v);
                if (f >= 0 && after.weightsArray()[f] == c) {
                    continue; // unchanged, only moved within the row
                }
                if (++changed > maxChangedEdges) {
                    return null;
                }
                markTight(affected, old.to(u), c, old.to(v));
                if (f >= 0) {
                    markTight(affected, now.to(u), after.weightsArray()[f], now.to(v));
                }
            }
            for (int f = after.offsetsArray()[u]; f < after.offsetsArray()[u + 1]; f++) {
                int v = after.targetsArray()[f];
                if (before.edgeIndex(u, v) < 0) {
                    if (++changed > maxChangedEdges) {
                        return null;
                    }
                    markTight(affected, now.to(u), after.weightsArray()[f], now.to(v));
                }
            }
        }
        int count = 0;
        for (boolean a : affected) {
            count += a ? 1 : 0;
        }
        int[] sources = new int[count];
        for (int s = 0, i = 0; s < n; s++) {
            if (affected[s]) {
                sources[i++] = s;
            }
        }
        return sources;
    }

    private static boolean sameRow(WeightedDigraph a, WeightedDigraph b, int u) {
        int[] ao = a.offsetsArray();
        int[] bo = b.offsetsArray();
        return Arrays.equals(a.targetsArray(), ao[u], ao[u + 1], b.targetsArray(), bo[u], bo[u + 1])
                && Arrays.equals(a.weightsArray(), ao[u], ao[u + 1], b.weightsArray(), bo[u], bo[u + 1]);
    }

    /** Flags every source s from which edge (u, v) of cost c is (nearly) tight. */
    private static void markTight(boolean[] affected, double[] toU, double c, double[] toV) {
        for (int s = 0; s < affected.length; s++) {
            double du = toU[s];
            // toV[s] infinite: the edge is the only way on to v from s.
            if (du != Double.POSITIVE_INFINITY && du + c <= toV[s] * (1 + SLACK)) {
                affected[s] = true;
            }
        }
    }

    /** Distances into a node from every source, one reversed Dijkstra per node asked for, kept. */
    private static final class Distances {
        private final WeightedDigraph graph;
        private WeightedDigraph reversed;
        private final Map<Integer, double[]> into = new HashMap<>();

        Distances(WeightedDigraph graph) {
            this.graph = graph;
        }

        double[] to(int target) {
            if (reversed == null) {
                reversed = graph.reverse();
            }
            return into.computeIfAbsent(target, t -> dijkstra(reversed, t));
        }

        private static double[] dijkstra(WeightedDigraph g, int source) {
            int[] off = g.offsetsArray();
            int[] tgt = g.targetsArray();
            double[] len = g.weightsArray();
            double[] dist = new double[g.n()];
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            boolean[] settled = new boolean[g.n()];
            IndexedMinHeap heap = new IndexedMinHeap(g.n());
            dist[source] = 0;
            heap.push(source, 0, 0);
            while (!heap.isEmpty()) {
                int v = heap.pop();
                settled[v] = true;
                for (int e = off[v]; e < off[v + 1]; e++) {
                    int w = tgt[e];
                    double d = dist[v] + len[e];
                    if (d < dist[w] && !settled[w]) {
                        boolean queued = dist[w] != Double.POSITIVE_INFINITY;
                        dist[w] = d;
                        if (queued) {
                            heap.decrease(w, d, 0);
                        } else {
                            heap.push(w, d, 0);
                        }
                    }
                }
            }
            return dist;
        }
    }
}
