package io.powermap.analysis.algo;

import java.util.Arrays;

/**
 * Deterministic Louvain community detection on the symmetrised graph, where the undirected weight
 * of {u, v} is {@code w(u,v) + w(v,u)}: who influences whom matters less for "which cluster" than
 * how strongly two people are tied.
 *
 * <p>Louvain (Blondel et al. 2008) as in networkx's {@code louvain_communities}, minus the random
 * shuffle, so the same graph always gives the same answer:
 * <ul>
 *   <li>local moving visits nodes in index order, repeating passes until none moves;</li>
 *   <li>a node joins the neighbouring community with the largest modularity gain, candidates taken
 *       in order of first appearance among its (index-sorted) neighbours; only a gain larger than
 *       staying by more than {@value #MIN_GAIN} counts, so ties keep the current community and
 *       rounding noise cannot make nodes oscillate;</li>
 *   <li>communities are then collapsed into nodes and the process repeats until a level moves
 *       nothing.</li>
 * </ul>
 * Communities are numbered by first appearance in node index order (node 0 is in community 0).
 * Isolated nodes, and nodes tied only by zero weights, form singleton communities.
 */
public final class Communities {

    /** Smallest modularity improvement that justifies a move. */
    static final double MIN_GAIN = 1e-12;
    private static final int MAX_PASSES = 10_000;

    private Communities() {
    }

    /** Louvain with resolution 1. */
    public static int[] louvain(WeightedDigraph g) {
        return louvain(g, 1.0);
    }

    /** Louvain with the given resolution (larger gives smaller communities). */
    public static int[] louvain(WeightedDigraph g, double resolution) {
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("resolution must be finite and > 0: " + resolution);
        }
        int n = g.n();
        int[] membership = new int[n];
        for (int v = 0; v < n; v++) {
            membership[v] = v;
        }
        Level level = Level.symmetrise(g);
        if (level.totalDegree == 0) {
            return membership;
        }
        while (true) {
            int[] com = level.moveNodes(resolution);
            int count = 0;
            for (int c : com) {
                count = Math.max(count, c + 1);
            }
            if (count == level.size) {
                break; // nothing moved: this level is final
            }
            for (int v = 0; v < n; v++) {
                membership[v] = com[membership[v]];
            }
            level = level.aggregate(com, count);
        }
        return renumber(membership);
    }

    /**
     * Modularity of a partition on the symmetrised graph, as {@code networkx.community.modularity}
     * computes it on that undirected graph; 0 for a graph without weight.
     */
    public static double modularity(WeightedDigraph g, int[] communities) {
        return modularity(g, communities, 1.0);
    }

    public static double modularity(WeightedDigraph g, int[] communities, double resolution) {
        int n = g.n();
        if (communities.length != n) {
            throw new IllegalArgumentException(
                    "communities has " + communities.length + " entries for " + n + " nodes");
        }
        int max = -1;
        for (int c : communities) {
            if (c < 0) {
                throw new IllegalArgumentException("community ids must be >= 0");
            }
            max = Math.max(max, c);
        }
        Level level = Level.symmetrise(g);
        if (level.totalDegree == 0) {
            return 0;
        }
        double inside = 0; // every internal undirected edge is seen from both ends
        double[] degreeSum = new double[max + 1];
        for (int u = 0; u < n; u++) {
            degreeSum[communities[u]] += level.degree[u];
            for (int e = level.off[u]; e < level.off[u + 1]; e++) {
                if (communities[level.adj[e]] == communities[u]) {
                    inside += level.w[e];
                }
            }
        }
        double m = level.totalDegree / 2;
        double q = inside / 2 / m;
        for (double d : degreeSum) {
            double share = d / level.totalDegree;
            q -= resolution * share * share;
        }
        return q;
    }

    /** Relabels so that ids appear in increasing order along node indices. */
    static int[] renumber(int[] labels) {
        int max = -1;
        for (int c : labels) {
            max = Math.max(max, c);
        }
        int[] map = new int[max + 1];
        Arrays.fill(map, -1);
        int next = 0;
        int[] out = new int[labels.length];
        for (int v = 0; v < labels.length; v++) {
            if (map[labels[v]] < 0) {
                map[labels[v]] = next++;
            }
            out[v] = map[labels[v]];
        }
        return out;
    }

    /** One Louvain level: an undirected weighted graph with self-loops, rows sorted by neighbour. */
    private static final class Level {
        final int size;
        final int[] off;
        final int[] adj;       // both directions of each undirected edge, no self-loops
        final double[] w;
        final double[] self;   // self-loop weight (internal weight of a collapsed community)
        final double[] degree; // row sum + 2 * self, networkx's convention
        final double totalDegree; // 2m

        Level(int size, int[] off, int[] adj, double[] w, double[] self, double[] degree) {
            this.size = size;
            this.off = off;
            this.adj = adj;
            this.w = w;
            this.self = self;
            this.degree = degree;
            double t = 0;
            for (double d : degree) {
                t += d;
            }
            this.totalDegree = t;
        }

        static Level symmetrise(WeightedDigraph g) {
            int n = g.n();
            WeightedDigraph r = g.reverse();
            int[] gOff = g.offsetsArray();
            int[] gTgt = g.targetsArray();
            double[] gW = g.weightsArray();
            int[] rOff = r.offsetsArray();
            int[] rTgt = r.targetsArray();
            double[] rW = r.weightsArray();
            Accumulator acc = new Accumulator(n, 2 * gTgt.length);
            int[] off = new int[n + 1];
            double[] degree = new double[n];
            for (int u = 0; u < n; u++) {
                acc.startRow(u);
                for (int e = gOff[u]; e < gOff[u + 1]; e++) {
                    acc.add(gTgt[e], gW[e]);
                }
                for (int e = rOff[u]; e < rOff[u + 1]; e++) {
                    acc.add(rTgt[e], rW[e]);
                }
                degree[u] = acc.endRow();
                off[u + 1] = acc.size;
            }
            return new Level(n, off, acc.adj(), acc.w(), new double[n], degree);
        }

        /** Local moving; returns the community of every node, renumbered by first appearance. */
        int[] moveNodes(double resolution) {
            int[] com = new int[size];
            double[] tot = new double[size];
            for (int u = 0; u < size; u++) {
                com[u] = u;
                tot[u] = degree[u];
            }
            double[] linkTo = new double[size];
            int[] stamp = new int[size];
            int[] seen = new int[size];
            double m = totalDegree / 2;
            double minGain = MIN_GAIN * m; // gains below are in weight units (modularity * m)
            int visit = 0;
            for (int pass = 0; pass < MAX_PASSES; pass++) {
                boolean moved = false;
                for (int u = 0; u < size; u++) {
                    visit++;
                    int count = 0;
                    for (int e = off[u]; e < off[u + 1]; e++) {
                        int c = com[adj[e]];
                        if (stamp[c] != visit) {
                            stamp[c] = visit;
                            linkTo[c] = 0;
                            seen[count++] = c;
                        }
                        linkTo[c] += w[e];
                    }
                    int own = com[u];
                    double ku = degree[u];
                    tot[own] -= ku;
                    double scale = resolution * ku / totalDegree;
                    int best = own;
                    double bestGain = (stamp[own] == visit ? linkTo[own] : 0) - scale * tot[own];
                    for (int i = 0; i < count; i++) {
                        int c = seen[i];
                        if (c == own) {
                            continue;
                        }
                        double gain = linkTo[c] - scale * tot[c];
                        if (gain > bestGain + minGain) {
                            best = c;
                            bestGain = gain;
                        }
                    }
                    tot[best] += ku;
                    if (best != own) {
                        com[u] = best;
                        moved = true;
                    }
                }
                if (!moved) {
                    return renumber(com);
                }
            }
            throw new IllegalStateException(
                    "Louvain local moving did not settle in " + MAX_PASSES + " passes");
        }

        /** Collapses each community into one node. */
        Level aggregate(int[] com, int count) {
            // Members grouped by community, each group in node order.
            int[] start = new int[count + 1];
            for (int c : com) {
                start[c + 1]++;
            }
            for (int c = 0; c < count; c++) {
                start[c + 1] += start[c];
            }
            int[] members = new int[size];
            int[] fill = Arrays.copyOf(start, count);
            for (int u = 0; u < size; u++) {
                members[fill[com[u]]++] = u;
            }
            Accumulator acc = new Accumulator(count, adj.length);
            int[] newOff = new int[count + 1];
            double[] newSelf = new double[count];
            double[] newDegree = new double[count];
            for (int c = 0; c < count; c++) {
                acc.startRow(c);
                double inner = 0;
                for (int i = start[c]; i < start[c + 1]; i++) {
                    int u = members[i];
                    inner += 2 * self[u];
                    newDegree[c] += degree[u];
                    for (int e = off[u]; e < off[u + 1]; e++) {
                        int cv = com[adj[e]];
                        if (cv == c) {
                            inner += w[e]; // seen from both ends
                        } else {
                            acc.add(cv, w[e]);
                        }
                    }
                }
                acc.endRow();
                newSelf[c] = inner / 2;
                newOff[c + 1] = acc.size;
            }
            return new Level(count, newOff, acc.adj(), acc.w(), newSelf, newDegree);
        }
    }

    /** Builds index-sorted CSR rows, merging repeated neighbours and dropping zero weights. */
    private static final class Accumulator {
        private final double[] sum;
        private final int[] stamp;
        private int[] touched;
        private int touchedCount;
        private int row;
        private int[] adj;
        private double[] w;
        int size;

        Accumulator(int n, int capacity) {
            sum = new double[n];
            stamp = new int[n];
            Arrays.fill(stamp, -1);
            touched = new int[n];
            adj = new int[Math.max(capacity, 1)];
            w = new double[adj.length];
        }

        void startRow(int r) {
            row = r;
            touchedCount = 0;
        }

        void add(int v, double weight) {
            if (stamp[v] != row) {
                stamp[v] = row;
                sum[v] = 0;
                touched[touchedCount++] = v;
            }
            sum[v] += weight;
        }

        /** Emits the row and returns its weight sum. */
        double endRow() {
            Arrays.sort(touched, 0, touchedCount);
            double rowSum = 0;
            for (int i = 0; i < touchedCount; i++) {
                int v = touched[i];
                if (sum[v] == 0) {
                    continue;
                }
                if (size == adj.length) {
                    adj = Arrays.copyOf(adj, size * 2);
                    w = Arrays.copyOf(w, size * 2);
                }
                adj[size] = v;
                w[size] = sum[v];
                rowSum += sum[v];
                size++;
            }
            return rowSum;
        }

        int[] adj() {
            return Arrays.copyOf(adj, size);
        }

        double[] w() {
            return Arrays.copyOf(w, size);
        }
    }
}
