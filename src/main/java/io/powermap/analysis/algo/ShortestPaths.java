package io.powermap.analysis.algo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Single-source Dijkstra on a cost graph: one run gives the cheapest path to every node, which is
 * what evidence paths need (one source, many decision-chain targets).
 */
public final class ShortestPaths {

    private final double[] dist;
    private final int[] pred;
    private final int source;

    private ShortestPaths(int source, double[] dist, int[] pred) {
        this.source = source;
        this.dist = dist;
        this.pred = pred;
    }

    /** Costs must be finite and >= 0; ties between equal-cost paths go to the smaller predecessor index. */
    public static ShortestPaths from(WeightedDigraph cost, int source) {
        int n = cost.n();
        double[] dist = new double[n];
        int[] pred = new int[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(pred, -1);
        boolean[] done = new boolean[n];
        dist[source] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        queue.add(new double[]{0, source});
        while (!queue.isEmpty()) {
            int u = (int) queue.poll()[1];
            if (done[u]) {
                continue;
            }
            done[u] = true;
            for (int e = cost.outStart(u); e < cost.outEnd(u); e++) {
                int v = cost.target(e);
                double d = dist[u] + cost.weight(e);
                if (d < dist[v] || (d == dist[v] && !done[v] && pred[v] > u)) {
                    dist[v] = d;
                    pred[v] = u;
                    queue.add(new double[]{d, v});
                }
            }
        }
        return new ShortestPaths(source, dist, pred);
    }

    public double distance(int target) {
        return dist[target];
    }

    /** Source first, target last; empty when the target cannot be reached. */
    public int[] path(int target) {
        if (Double.isInfinite(dist[target])) {
            return new int[0];
        }
        List<Integer> nodes = new ArrayList<>();
        for (int v = target; v != -1; v = v == source ? -1 : pred[v]) {
            nodes.add(v);
        }
        int[] path = new int[nodes.size()];
        for (int i = 0; i < path.length; i++) {
            path[i] = nodes.get(path.length - 1 - i);
        }
        return path;
    }
}
