package io.powermap.analysis.algo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Map positions for the influence view, so big maps never lay out in the browser (a force layout there took
 * 1.7 s of the 3.5 s to a drawn 1,000-person map; BENCHMARKS.md). Each community is laid out on its own
 * (Fruchterman–Reingold on the symmetrised weights, repulsion cut off on a grid, so it is near-linear), then
 * the communities are packed as the boxes the map draws around them: pulled together by the ties between
 * them, pushed apart until no two boxes overlap. So a community's box holds only its members, and close
 * communities sit side by side. Deterministic: no randomness, the same graph gives the same positions.
 */
public final class ClusteredLayout {

    /** Ideal distance of two tied people: a node with its two-line label beside another. */
    public static final double SPACING = 110;
    /** People never come closer than this (centre to centre): labels stay readable. */
    public static final double MIN_DISTANCE = 70;
    /** Room around a community's members for their labels and the box's padding. */
    static final double BOX_MARGIN_X = 75;
    static final double BOX_MARGIN_Y = 60;
    /** Gap kept between two community boxes. */
    static final double BOX_GAP = 30;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
    private static final int ITERATIONS = 200;
    /** FR repulsion constant: 2·ideal², so people with many ties inside their community do not crowd together. */
    private static final double REPULSION = 2 * SPACING * SPACING;
    private static final int PACKING_ROUNDS = 400;
    /** Orthogonal iteration rounds at most for the spectral start (a ring of 40 settles in ~1,500). */
    private static final int SPECTRAL_ROUNDS = 3000;
    /** Share of the spiral in the start, beside the spectral drawing. */
    private static final double SPIRAL_SHARE = 0.25;
    /** Spring constant between tied communities, at first (it shrinks round by round). */
    private static final double PULL = 0.2;
    /** How far every community moves toward the middle per packing round: keeps the map compact. */
    private static final double GRAVITY = 0.01;
    /** Up to this many members, repulsion loops over all pairs (fastest in plain arrays); above, over grid cells. */
    private static final int ALL_PAIRS_UP_TO = 400;

    private ClusteredLayout() {
    }

    /**
     * Positions {@code [node][0] = x, [node][1] = y} of {@code g}'s nodes; {@code community[v]} is
     * {@code v}'s community (any int). The direction of an edge is ignored; parallel weights add up.
     */
    public static double[][] positions(WeightedDigraph g, int[] community) {
        int n = g.n();
        if (community.length != n) {
            throw new IllegalArgumentException("one community per node: " + community.length + " for " + n);
        }
        Map<Long, Double> undirected = symmetrise(g);
        // Communities in order of first appearance; members in node order.
        Map<Integer, Integer> slot = new HashMap<>();
        List<List<Integer>> members = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            int s = slot.computeIfAbsent(community[v], c -> {
                members.add(new ArrayList<>());
                return members.size() - 1;
            });
            members.get(s).add(v);
        }
        int c = members.size();
        int[] slotOf = new int[n];
        for (int s = 0; s < c; s++) {
            for (int v : members.get(s)) {
                slotOf[v] = s;
            }
        }
        // Ties inside a community lay it out; ties across pull communities together.
        List<List<Tie>> inner = new ArrayList<>();
        List<Map<Integer, Double>> between = new ArrayList<>();
        for (int s = 0; s < c; s++) {
            inner.add(new ArrayList<>());
            between.add(new HashMap<>());
        }
        for (Map.Entry<Long, Double> e : undirected.entrySet()) {
            int u = (int) (e.getKey() >>> 32);
            int v = (int) (long) e.getKey();
            int su = slotOf[u];
            int sv = slotOf[v];
            if (su == sv) {
                inner.get(su).add(new Tie(u, v, e.getValue()));
            } else {
                between.get(su).merge(sv, e.getValue(), Double::sum);
                between.get(sv).merge(su, e.getValue(), Double::sum);
            }
        }
        double[][] local = new double[n][];
        double[][] half = new double[c][];
        for (int s = 0; s < c; s++) {
            half[s] = layoutCommunity(members.get(s), inner.get(s), local);
        }
        double[][] centre = pack(members, half, between);
        double[][] out = new double[n][];
        for (int v = 0; v < n; v++) {
            double[] at = centre[slotOf[v]];
            out[v] = new double[] {round(at[0] + local[v][0]), round(at[1] + local[v][1])};
        }
        return out;
    }

    /** Undirected weights keyed {@code min << 32 | max}, in a deterministic (insertion) order. */
    private static Map<Long, Double> symmetrise(WeightedDigraph g) {
        Map<Long, Double> w = new LinkedHashMap<>();
        for (int u = 0; u < g.n(); u++) {
            for (int e = g.outStart(u); e < g.outEnd(u); e++) {
                int v = g.target(e);
                if (v != u && g.weight(e) > 0) {
                    w.merge((long) Math.min(u, v) << 32 | Math.max(u, v), g.weight(e), Double::sum);
                }
            }
        }
        return w;
    }

    /**
     * Fruchterman–Reingold inside one community, centred on its bounding box; writes {@code local[v]} and
     * answers the half width and half height of the community's box.
     */
    private record Tie(int u, int v, double weight) {}

    private static double[] layoutCommunity(List<Integer> nodes, List<Tie> edges, double[][] local) {
        int k = nodes.size();
        Map<Integer, Integer> at = new HashMap<>();
        for (int i = 0; i < k; i++) {
            at.put(nodes.get(i), i);
        }
        int[][] ends = new int[edges.size()][];
        double[] weights = new double[edges.size()];
        int[] degree = new int[k];
        double maxWeight = 0;
        for (int e = 0; e < edges.size(); e++) {
            Tie tie = edges.get(e);
            ends[e] = new int[] {at.get(tie.u()), at.get(tie.v())};
            weights[e] = tie.weight();
            degree[ends[e][0]]++;
            degree[ends[e][1]]++;
            maxWeight = Math.max(maxWeight, weights[e]);
        }
        // Start on a sunflower spiral, best-connected people in the middle.
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> degree[b] != degree[a] ? degree[b] - degree[a] : a - b);
        double[] x = new double[k];
        double[] y = new double[k];
        for (int r = 0; r < k; r++) {
            double radius = SPACING * 0.6 * Math.sqrt(r + 0.5);
            x[order[r]] = radius * Math.cos(r * GOLDEN_ANGLE);
            y[order[r]] = radius * Math.sin(r * GOLDEN_ANGLE);
        }
        if (k > 1) {
            forces(x, y, ends, weights, maxWeight);
        }
        separate(x, y);
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < k; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        for (int i = 0; i < k; i++) {
            local[nodes.get(i)] = new double[] {x[i] - cx, y[i] - cy};
        }
        return new double[] {(maxX - minX) / 2 + BOX_MARGIN_X, (maxY - minY) / 2 + BOX_MARGIN_Y};
    }

    private static void forces(double[] x, double[] y, int[][] ends, double[] weights, double maxWeight) {
        int k = x.length;
        double ideal = SPACING;
        double cutoff = 2.5 * ideal;
        double[] dx = new double[k];
        double[] dy = new double[k];
        double start = ideal * Math.sqrt(k) / 4;
        for (int it = 0; it < ITERATIONS; it++) {
            Arrays.fill(dx, 0);
            Arrays.fill(dy, 0);
            if (k <= ALL_PAIRS_UP_TO) {
                for (int i = 0; i < k; i++) {
                    for (int j = i + 1; j < k; j++) {
                        repulse(x, y, dx, dy, i, j, cutoff);
                    }
                }
            } else {
                Grid grid = new Grid(x, y, cutoff);
                for (int i = 0; i < k; i++) {
                    grid.near(x[i], y[i], i, (a, b) -> repulse(x, y, dx, dy, a, b, cutoff));
                }
            }
            for (int e = 0; e < ends.length; e++) {
                int a = ends[e][0];
                int b = ends[e][1];
                double ddx = x[a] - x[b];
                double ddy = y[a] - y[b];
                double d = Math.sqrt(ddx * ddx + ddy * ddy);
                // FR attraction d² / ideal, stronger for stronger ties.
                double f = d / ideal * (0.5 + 0.5 * weights[e] / maxWeight);
                dx[a] -= ddx * f;
                dy[a] -= ddy * f;
                dx[b] += ddx * f;
                dy[b] += ddy * f;
            }
            // A weak pull to the middle keeps loosely tied members from drifting off.
            double mx = 0;
            double my = 0;
            for (int i = 0; i < k; i++) {
                mx += x[i];
                my += y[i];
            }
            mx /= k;
            my /= k;
            double temperature = start * (1 - (double) it / ITERATIONS) + ideal * 0.05;
            for (int i = 0; i < k; i++) {
                dx[i] -= 0.02 * (x[i] - mx);
                dy[i] -= 0.02 * (y[i] - my);
                double len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (len > 0) {
                    double step = Math.min(len, temperature) / len;
                    x[i] += dx[i] * step;
                    y[i] += dy[i] * step;
                }
            }
        }
    }

    /** FR repulsion ideal² / d between {@code i} and {@code j}, cut off at {@code cutoff}. */
    private static void repulse(double[] x, double[] y, double[] dx, double[] dy, int i, int j, double cutoff) {
        double ddx = x[i] - x[j];
        double ddy = y[i] - y[j];
        double d2 = ddx * ddx + ddy * ddy;
        if (d2 >= cutoff * cutoff) {
            return;
        }
        if (d2 < 1e-6) { // on top of each other: nudge apart along a fixed direction
            ddx = 0.1 * (1 + (i % 7));
            ddy = 0.1 * (1 + (j % 5));
            d2 = ddx * ddx + ddy * ddy;
        }
        double f = REPULSION / d2; // C·ideal² / d along the unit vector: ÷ d once more
        dx[i] += ddx * f;
        dy[i] += ddy * f;
        dx[j] -= ddx * f;
        dy[j] -= ddy * f;
    }

    /** Pushes apart any two people closer than {@link #MIN_DISTANCE}, a few sweeps. */
    private static void separate(double[] x, double[] y) {
        int k = x.length;
        for (int sweep = 0; sweep < 50; sweep++) {
            boolean[] moved = {false};
            Grid grid = new Grid(x, y, MIN_DISTANCE);
            for (int i = 0; i < k; i++) {
                grid.near(x[i], y[i], i, (a, b) -> moved[0] |= pushApart(x, y, a, b));
            }
            if (!moved[0]) {
                return;
            }
        }
    }

    private static boolean pushApart(double[] x, double[] y, int i, int j) {
        double ddx = x[i] - x[j];
        double ddy = y[i] - y[j];
        double d = Math.sqrt(ddx * ddx + ddy * ddy);
        if (d >= MIN_DISTANCE - 1e-9) {
            return false;
        }
        if (d < 1e-9) {
            ddx = 1;
            ddy = 0;
            d = 1;
        }
        double push = (MIN_DISTANCE - d) / 2 / d + 1e-6;
        x[i] += ddx * push;
        y[i] += ddy * push;
        x[j] -= ddx * push;
        y[j] -= ddy * push;
        return true;
    }

    /**
     * Centres of the communities' boxes: started from the spectral drawing of the communities' ties, then pulled toward the
     * communities they have ties with and toward the middle, and pushed apart along the axis of least overlap
     * until no two boxes (with {@link #BOX_GAP}) overlap.
     */
    private static double[][] pack(List<List<Integer>> members, double[][] half, List<Map<Integer, Double>> between) {
        int c = members.size();
        double[][] p = new double[c][2];
        // A spiral, biggest communities in the middle, breaks ties of the spectral drawing (communities it puts on
        // one spot: a part of the map with no ties to the rest) and is the start when there is no drawing.
        List<Integer> order = new ArrayList<>(c);
        for (int s = 0; s < c; s++) {
            order.add(s);
        }
        order.sort((a, b) -> members.get(b).size() != members.get(a).size() ? members.get(b).size() - members.get(a).size() : a - b);
        double area = 0;
        for (int r = 0; r < c; r++) {
            int s = order.get(r);
            double radius = Math.sqrt(area) * 1.2;
            p[s][0] = radius * Math.cos(r * GOLDEN_ANGLE);
            p[s][1] = radius * Math.sin(r * GOLDEN_ANGLE);
            area += 4 * (half[s][0] + BOX_GAP) * (half[s][1] + BOX_GAP) / Math.PI;
        }
        double[][] drawing = spectral(between);
        if (drawing != null) {
            double extent = Math.sqrt(area) * 1.2;
            double farthest = 0;
            for (double[] d : drawing) {
                farthest = Math.max(farthest, Math.hypot(d[0], d[1]));
            }
            for (int s = 0; s < c; s++) {
                p[s][0] = extent * drawing[s][0] / farthest + SPIRAL_SHARE * p[s][0];
                p[s][1] = extent * drawing[s][1] / farthest + SPIRAL_SHARE * p[s][1];
            }
        }
        // Springs: tied communities toward touching (in proportion to each one's strongest tie across), any two
        // closer than touching apart, all toward the middle; the steps shrink round by round.
        double[] strongest = new double[c];
        double[] radius = new double[c];
        for (int s = 0; s < c; s++) {
            for (double w : between.get(s).values()) {
                strongest[s] = Math.max(strongest[s], w);
            }
            radius[s] = Math.hypot(half[s][0], half[s][1]);
        }
        double[][] move = new double[c][2];
        for (int round = 0; round < PACKING_ROUNDS; round++) {
            double step = 1 - (double) round / PACKING_ROUNDS;
            for (int s = 0; s < c; s++) {
                move[s][0] = -GRAVITY * step * p[s][0];
                move[s][1] = -GRAVITY * step * p[s][1];
            }
            for (int s = 0; s < c; s++) {
                for (int o = s + 1; o < c; o++) {
                    double dx = p[o][0] - p[s][0];
                    double dy = p[o][1] - p[s][1];
                    double d = Math.max(Math.hypot(dx, dy), 1e-3);
                    double touching = radius[s] + radius[o] + BOX_GAP;
                    Double w = between.get(s).get(o);
                    double f = 0;
                    if (w != null) {
                        f = PULL * step * (d - touching) * (w / strongest[s] + w / strongest[o]) / 2;
                    } else if (d < touching) {
                        f = -0.5 * step * (touching - d);
                    }
                    move[s][0] += dx / d * f / 2;
                    move[s][1] += dy / d * f / 2;
                    move[o][0] -= dx / d * f / 2;
                    move[o][1] -= dy / d * f / 2;
                }
            }
            for (int s = 0; s < c; s++) {
                p[s][0] += move[s][0];
                p[s][1] += move[s][1];
            }
        }
        // The boxes are rectangles, not discs: settle every remaining overlap.
        for (int i = 0; i < 10 * c + 100 && pushApart(p, half); i++) {
            // keep pushing
        }
        return p;
    }

    /**
     * The communities' graph drawn by the two lowest non-constant eigenvectors of its Laplacian (Hall's spectral
     * drawing, by orthogonal iteration on {@code 2·maxDegree·I − L}): tied communities start near each other, and a
     * ring starts as a circle where springs from a spiral fold it. Null with fewer than 3 communities or no tie
     * between them. Deterministic: a fixed start and a fixed order of sums.
     */
    static double[][] spectral(List<Map<Integer, Double>> between) {
        int c = between.size();
        double[] degree = new double[c];
        double maxDegree = 0;
        for (int s = 0; s < c; s++) {
            for (double w : between.get(s).values()) {
                degree[s] += w;
            }
            maxDegree = Math.max(maxDegree, degree[s]);
        }
        if (c < 3 || maxDegree == 0) {
            return null;
        }
        double shift = 2 * maxDegree;
        double[][] v = new double[2][c];
        for (int s = 0; s < c; s++) {
            v[0][s] = Math.cos(s * GOLDEN_ANGLE);
            v[1][s] = Math.sin(s * GOLDEN_ANGLE);
        }
        orthonormalise(v);
        double[][] next = new double[2][c];
        for (int round = 0; round < SPECTRAL_ROUNDS; round++) {
            for (int k = 0; k < 2; k++) {
                for (int s = 0; s < c; s++) {
                    double sum = (shift - degree[s]) * v[k][s];
                    for (Map.Entry<Integer, Double> e : between.get(s).entrySet()) {
                        sum += e.getValue() * v[k][e.getKey()];
                    }
                    next[k][s] = sum;
                }
            }
            orthonormalise(next);
            double change = 0;
            for (int k = 0; k < 2; k++) {
                for (int s = 0; s < c; s++) {
                    change = Math.max(change, Math.abs(next[k][s] - v[k][s]));
                }
            }
            double[][] swap = v;
            v = next;
            next = swap;
            if (change < 1e-7) {
                break;
            }
        }
        double[][] out = new double[c][];
        for (int s = 0; s < c; s++) {
            out[s] = new double[] {v[0][s], v[1][s]};
        }
        return out;
    }

    /** Both vectors made orthogonal to the constant vector and to each other, with length 1 (Gram–Schmidt). */
    private static void orthonormalise(double[][] v) {
        for (int k = 0; k < v.length; k++) {
            double mean = 0;
            for (double x : v[k]) {
                mean += x;
            }
            mean /= v[k].length;
            for (int s = 0; s < v[k].length; s++) {
                v[k][s] -= mean;
            }
            for (int j = 0; j < k; j++) {
                double dot = 0;
                for (int s = 0; s < v[k].length; s++) {
                    dot += v[k][s] * v[j][s];
                }
                for (int s = 0; s < v[k].length; s++) {
                    v[k][s] -= dot * v[j][s];
                }
            }
            double norm = 0;
            for (double x : v[k]) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            for (int s = 0; s < v[k].length; s++) {
                v[k][s] = norm > 0 ? v[k][s] / norm : 0;
            }
        }
    }

    /** One sweep over all pairs of boxes; answers whether any overlapped. */
    private static boolean pushApart(double[][] p, double[][] half) {
        boolean overlapped = false;
        int c = p.length;
        for (int a = 0; a < c; a++) {
            for (int b = a + 1; b < c; b++) {
                double dx = p[b][0] - p[a][0];
                double dy = p[b][1] - p[a][1];
                double ox = half[a][0] + half[b][0] + BOX_GAP - Math.abs(dx);
                double oy = half[a][1] + half[b][1] + BOX_GAP - Math.abs(dy);
                if (ox <= 0 || oy <= 0) {
                    continue;
                }
                overlapped = true;
                // The smaller box moves more, so a big community is not shoved around by its satellites.
                double wa = half[b][0] * half[b][1];
                double wb = half[a][0] * half[a][1];
                double share = wa / (wa + wb);
                if (ox < oy) {
                    double sign = dx >= 0 ? 1 : -1;
                    p[a][0] -= sign * (ox + 1e-6) * share;
                    p[b][0] += sign * (ox + 1e-6) * (1 - share);
                } else {
                    double sign = dy >= 0 ? 1 : -1;
                    p[a][1] -= sign * (oy + 1e-6) * share;
                    p[b][1] += sign * (oy + 1e-6) * (1 - share);
                }
            }
        }
        return overlapped;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** A pair of point indices. */
    private interface PairVisitor {
        void visit(int i, int j);
    }

    /** Points sorted by square cell, to visit only the pairs within one cell's reach, each pair once. */
    private static final class Grid {
        private final double cell;
        private final long[] keys; // cell key of each sorted slot
        private final int[] points; // point index of each sorted slot

        Grid(double[] x, double[] y, double cell) {
            this.cell = cell;
            int n = x.length;
            long[] packed = new long[n];
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                packed[i] = key(cellOf(x[i]), cellOf(y[i]));
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> packed[a] != packed[b] ? Long.compare(packed[a], packed[b]) : a - b);
            keys = new long[n];
            points = new int[n];
            for (int s = 0; s < n; s++) {
                points[s] = order[s];
                keys[s] = packed[order[s]];
            }
        }

        private long cellOf(double v) {
            return (long) Math.floor(v / cell);
        }

        private static long key(long cx, long cy) {
            return (cx + (1L << 31)) << 32 | (cy + (1L << 31));
        }

        /** Visits {@code (i, j)} for every point j after i in its own and the 8 surrounding cells. */
        void near(double px, double py, int i, PairVisitor visitor) {
            long cx = cellOf(px);
            long cy = cellOf(py);
            for (long a = cx - 1; a <= cx + 1; a++) {
                for (long b = cy - 1; b <= cy + 1; b++) {
                    long k = key(a, b);
                    int s = Arrays.binarySearch(keys, k);
                    if (s < 0) {
                        continue;
                    }
                    while (s > 0 && keys[s - 1] == k) {
                        s--;
                    }
                    for (; s < keys.length && keys[s] == k; s++) {
                        if (points[s] > i) {
                            visitor.visit(i, points[s]);
                        }
                    }
                }
            }
        }
    }
}
