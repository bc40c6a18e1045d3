package io.powermap.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The level-of-detail view of a large account: people collapsed into clusters of the org tree, ties
 * aggregated between clusters. Which orgs are open is decided here, from the org tree and the
 * {@code expand} list alone, so the same request always gives the same view.
 *
 * <p>Rules: the top-level orgs start as clusters; while there are fewer than {@link #MIN_CLUSTERS}
 * clusters, the largest one with sub-orgs is opened. Expanding an org opens its ancestors too; an
 * expanded org with at most {@code threshold} people in its subtree shows all of them one by one,
 * a bigger one shows its own members and its sub-orgs as clusters. An opened org is not a node; its
 * people and sub-org clusters carry its id. People without an org form the cluster
 * {@link #UNASSIGNED}.
 */
public final class LevelOfDetail {

    public static final int MIN_CLUSTERS = 8;
    public static final String UNASSIGNED = "unassigned";
    public static final String CLUSTER_PREFIX = "cluster:";

    /** Everything the view is computed from, per person index and per org index. Cached per account state. */
    public record Base(String[] personIds, String[] stances, int[] personOrg, int[] boss,
                       int[] tieOffsets, int[] tieTargets, float[] tieWeights,
                       String[] orgIds, String[] orgNames, String[] orgKinds, int[] orgParent) {

        public int people() {
            return personIds.length;
        }

        public int ties() {
            return tieTargets.length;
        }

        /**
         * Builds the arrays from the full map's rows (a snapshot's: people, lines, ties, orgs), the same arrays
         * {@code graph/lod-base} gives.
         */
        public static Base of(GraphRepository.Rows rows) {
            Map<String, Object> bossOf = new HashMap<>(rows.reportsTo().size() * 2);
            rows.reportsTo().forEach(line -> bossOf.put((String) line.get("target"), line.get("source")));
            Map<String, List<Map<String, Object>>> tiesFrom = new HashMap<>(rows.people().size() * 2);
            rows.influences().forEach(tie -> tiesFrom.computeIfAbsent((String) tie.get("source"), k -> new ArrayList<>()).add(tie));
            List<Map<String, Object>> personRows = new ArrayList<>(rows.people().size());
            for (Map<String, Object> p : rows.people()) {
                List<Map<String, Object>> ties = tiesFrom.getOrDefault((String) p.get("id"), List.of());
                Map<String, Object> row = new HashMap<>();
                row.put("id", p.get("id"));
                row.put("stance", p.get("stance"));
                row.put("orgId", p.get("orgId"));
                row.put("bossId", bossOf.get((String) p.get("id")));
                row.put("targets", ties.stream().map(t -> t.get("target")).toList());
                row.put("weights", ties.stream().map(MapElements::weight).toList());
                personRows.add(row);
            }
            return of(personRows, rows.orgs());
        }

        /**
         * Builds the arrays from the rows of {@code graph/lod-base} and {@code graph/orgs}. People are indexed in
         * id order and each one's ties in target order, so the view (down to the rounding of summed weights) does
         * not depend on the order the rows came in.
         */
        public static Base of(List<Map<String, Object>> unorderedPeople, List<Map<String, Object>> orgRows) {
            List<Map<String, Object>> personRows = new ArrayList<>(unorderedPeople);
            personRows.sort(Comparator.comparing(p -> (String) p.get("id")));
            int nOrgs = orgRows.size() + 1;
            String[] orgIds = new String[nOrgs];
            String[] orgNames = new String[nOrgs];
            String[] orgKinds = new String[nOrgs];
            int[] orgParent = new int[nOrgs];
            Map<String, Integer> orgIndex = new HashMap<>(nOrgs * 2);
            for (int i = 0; i < orgRows.size(); i++) {
                Map<String, Object> o = orgRows.get(i);
                orgIds[i] = (String) o.get("id");
                orgNames[i] = (String) o.get("name");
                orgKinds[i] = (String) o.get("kind");
                orgIndex.put(orgIds[i], i);
            }
            int unassigned = nOrgs - 1;
            orgIds[unassigned] = UNASSIGNED;
            orgNames[unassigned] = "Not in any org";
            orgKinds[unassigned] = "OTHER";
            orgParent[unassigned] = -1;
            for (int i = 0; i < orgRows.size(); i++) {
                Object parent = orgRows.get(i).get("parentId");
                orgParent[i] = parent == null ? -1 : orgIndex.getOrDefault((String) parent, -1);
            }
            int n = personRows.size();
            String[] ids = new String[n];
            String[] stances = new String[n];
            int[] personOrg = new int[n];
            Map<String, Integer> personIndex = new HashMap<>(n * 2);
            int totalTies = 0;
            for (int i = 0; i < n; i++) {
                Map<String, Object> p = personRows.get(i);
                ids[i] = (String) p.get("id");
                stances[i] = (String) p.get("stance");
                Object org = p.get("orgId");
                personOrg[i] = org == null ? unassigned : orgIndex.getOrDefault((String) org, unassigned);
                personIndex.put(ids[i], i);
                totalTies += ((List<?>) p.get("targets")).size();
            }
            int[] boss = new int[n];
            int[] offsets = new int[n + 1];
            int[] targets = new int[totalTies];
            float[] weights = new float[totalTies];
            int k = 0;
            for (int i = 0; i < n; i++) {
                Map<String, Object> p = personRows.get(i);
                Object b = p.get("bossId");
                boss[i] = b == null ? -1 : personIndex.getOrDefault((String) b, -1);
                offsets[i] = k;
                List<?> ts = (List<?>) p.get("targets");
                List<?> ws = (List<?>) p.get("weights");
                int first = k;
                for (int j = 0; j < ts.size(); j++) {
                    Integer t = personIndex.get((String) ts.get(j));
                    if (t != null) {
                        targets[k] = t;
                        weights[k] = ((Number) ws.get(j)).floatValue();
                        k++;
                    }
                }
                sortByTarget(targets, weights, first, k);
            }
            offsets[n] = k;
            return new Base(ids, stances, personOrg, boss, offsets, Arrays.copyOf(targets, k), Arrays.copyOf(weights, k),
                    orgIds, orgNames, orgKinds, orgParent);
        }
    }

    /** Sorts one person's ties by target (then weight), weights alongside: both packed into one long each. */
    private static void sortByTarget(int[] targets, float[] weights, int from, int to) {
        if (to - from < 2) {
            return;
        }
        long[] packed = new long[to - from];
        for (int i = from; i < to; i++) {
            packed[i - from] = (long) targets[i] << 32 | Float.floatToIntBits(weights[i]) & 0xffffffffL; // weights are >= 0
        }
        Arrays.sort(packed);
        for (int i = from; i < to; i++) {
            targets[i] = (int) (packed[i - from] >>> 32);
            weights[i] = Float.intBitsToFloat((int) packed[i - from]);
        }
    }

    /** A cluster node or an aggregated edge, ready for Cytoscape; person ids are the ones shown one by one. */
    public record View(List<Map<String, Object>> clusters, List<Map<String, Object>> aggregateEdges,
                       Set<String> visiblePeople, List<String> expanded, int threshold) {}

    private LevelOfDetail() {}

    public static View compute(Base base, int threshold, List<String> expandRequest, boolean formal, boolean informal) {
        int nOrgs = base.orgIds().length;
        Map<String, Integer> orgIndex = new HashMap<>(nOrgs * 2);
        for (int i = 0; i < nOrgs; i++) {
            orgIndex.put(base.orgIds()[i], i);
        }
        List<List<Integer>> children = new ArrayList<>(nOrgs);
        for (int i = 0; i < nOrgs; i++) {
            children.add(new ArrayList<>());
        }
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < nOrgs; i++) {
            int parent = base.orgParent()[i];
            if (parent >= 0) {
                children.get(parent).add(i);
            } else {
                roots.add(i);
            }
        }
        int[] direct = new int[nOrgs];
        for (int o : base.personOrg()) {
            direct[o]++;
        }
        int[] total = direct.clone();
        int[] order = postOrder(roots, children, nOrgs);
        for (int o : order) {
            int parent = base.orgParent()[o];
            if (parent >= 0) {
                total[parent] += total[o];
            }
        }

        // 0 = inside a collapsed cluster, 1 = cluster node, 2 = open (members shown, sub-orgs as clusters), 3 = all shown
        byte[] state = new byte[nOrgs];
        for (int r : roots) {
            if (total[r] > 0) {
                state[r] = 1;
            }
        }
        // Auto-open the biggest clusters while there are too few to be useful.
        while (true) {
            int clusters = 0;
            int best = -1;
            for (int o = 0; o < nOrgs; o++) {
                if (state[o] == 1) {
                    clusters++;
                    if (hasPeopleBelow(o, children, total) && (best < 0 || total[o] > total[best])) {
                        best = o;
                    }
                }
            }
            if (clusters >= MIN_CLUSTERS || best < 0) {
                break;
            }
            open(best, state, children, total);
        }
        List<String> expanded = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String raw : expandRequest) {
            String id = raw.startsWith(CLUSTER_PREFIX) ? raw.substring(CLUSTER_PREFIX.length()) : raw;
            Integer o = orgIndex.get(id);
            if (o == null || !seen.add(id)) {
                continue;
            }
            expanded.add(id);
            List<Integer> chain = new ArrayList<>();
            for (int a = base.orgParent()[o]; a >= 0; a = base.orgParent()[a]) {
                chain.add(0, a);
            }
            for (int a : chain) {
                if (state[a] < 2) {
                    open(a, state, children, total);
                }
            }
            if (total[o] <= threshold) {
                showAll(o, state, children);
            } else if (state[o] < 2) {
                open(o, state, children, total);
            }
        }

        // The unit each person is drawn as: -1 = themselves, else the cluster org index.
        int n = base.people();
        int[] unit = new int[n];
        Set<String> visible = new LinkedHashSet<>();
        int[] orgUnit = new int[nOrgs];
        Arrays.fill(orgUnit, Integer.MIN_VALUE);
        for (int i = 0; i < n; i++) {
            int o = base.personOrg()[i];
            int u = unitOfOrg(o, state, base.orgParent(), orgUnit);
            unit[i] = u;
            if (u == -1) {
                visible.add(base.personIds()[i]);
            }
        }

        Map<Integer, Map<String, Object>> clusterData = new LinkedHashMap<>();
        for (int o = 0; o < nOrgs; o++) {
            if (state[o] == 1) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("id", CLUSTER_PREFIX + base.orgIds()[o]);
                d.put("type", "cluster");
                d.put("orgId", base.orgIds()[o]);
                d.put("label", base.orgNames()[o]);
                d.put("kind", base.orgKinds()[o]);
                int parent = base.orgParent()[o];
                d.put("parentOrgId", parent < 0 ? null : base.orgIds()[parent]);
                d.put("count", total[o]);
                d.put("expandable", total[o] > 0);
                d.put("stances", new LinkedHashMap<String, Integer>());
                d.put("internalTies", 0L);
                clusterData.put(o, d);
            }
        }
        for (int i = 0; i < n; i++) {
            if (unit[i] >= 0) {
                @SuppressWarnings("unchecked")
                Map<String, Integer> stances = (Map<String, Integer>) clusterData.get(unit[i]).get("stances");
                stances.merge(base.stances()[i] == null ? "NEUTRAL" : base.stances()[i], 1, Integer::sum);
            }
        }

        Map<String, double[]> aggregates = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (informal) {
                for (int k = base.tieOffsets()[i]; k < base.tieOffsets()[i + 1]; k++) {
                    aggregate(base, unit, clusterData, aggregates, "INFLUENCES", i, base.tieTargets()[k], base.tieWeights()[k]);
                }
            }
            if (formal && base.boss()[i] >= 0) {
                aggregate(base, unit, clusterData, aggregates, "REPORTS_TO", base.boss()[i], i, 1);
            }
        }
        List<Map<String, Object>> edges = new ArrayList<>(aggregates.size());
        aggregates.forEach((key, v) -> {
            String[] parts = key.split("\u0000");
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("id", "agg:" + parts[0] + ":" + parts[1] + "->" + parts[2]);
            d.put("type", "AGGREGATE");
            d.put("relation", parts[0]);
            d.put("source", parts[1]);
            d.put("target", parts[2]);
            d.put("count", (long) v[0]);
            d.put("weight", Math.round(v[1] * 1000) / 1000.0);
            edges.add(Map.of("data", d));
        });
        List<Map<String, Object>> clusters = new ArrayList<>();
        clusterData.values().forEach(d -> clusters.add(Map.of("data", d)));
        return new View(clusters, edges, visible, expanded, threshold);
    }

    private static void aggregate(Base base, int[] unit, Map<Integer, Map<String, Object>> clusters,
                                  Map<String, double[]> aggregates, String relation, int from, int to, double weight) {
        int uf = unit[from];
        int ut = unit[to];
        if (uf == -1 && ut == -1) {
            return;                                   // both shown: the individual edge is sent instead
        }
        if (uf >= 0 && uf == ut) {
            if (relation.equals("INFLUENCES")) {
                clusters.get(uf).merge("internalTies", 1L, (a, b) -> (Long) a + (Long) b);
            }
            return;
        }
        String s = uf == -1 ? base.personIds()[from] : CLUSTER_PREFIX + base.orgIds()[uf];
        String t = ut == -1 ? base.personIds()[to] : CLUSTER_PREFIX + base.orgIds()[ut];
        double[] v = aggregates.computeIfAbsent(relation + "\u0000" + s + "\u0000" + t, k -> new double[2]);
        v[0]++;
        v[1] += weight;
    }

    /** -1 when the org's members are shown one by one, else the index of the cluster that holds them. */
    private static int unitOfOrg(int o, byte[] state, int[] parent, int[] memo) {
        if (memo[o] != Integer.MIN_VALUE) {
            return memo[o];
        }
        int result;
        if (state[o] == 2 || state[o] == 3) {
            result = -1;
        } else if (state[o] == 1) {
            result = o;
        } else {
            result = parent[o] < 0 ? o : unitOfOrg(parent[o], state, parent, memo);
        }
        memo[o] = result;
        return result;
    }

    private static boolean hasPeopleBelow(int o, List<List<Integer>> children, int[] total) {
        return children.get(o).stream().anyMatch(c -> total[c] > 0);
    }

    private static void open(int o, byte[] state, List<List<Integer>> children, int[] total) {
        state[o] = 2;
        for (int c : children.get(o)) {
            if (state[c] == 0 && total[c] > 0) {
                state[c] = 1;
            }
        }
    }

    private static void showAll(int o, byte[] state, List<List<Integer>> children) {
        List<Integer> stack = new ArrayList<>(List.of(o));
        while (!stack.isEmpty()) {
            int x = stack.remove(stack.size() - 1);
            state[x] = 3;
            stack.addAll(children.get(x));
        }
    }

    private static int[] postOrder(List<Integer> roots, List<List<Integer>> children, int n) {
        int[] out = new int[n];
        int k = 0;
        List<int[]> stack = new ArrayList<>();
        for (int r : roots) {
            stack.add(new int[]{r, 0});
            while (!stack.isEmpty()) {
                int[] top = stack.get(stack.size() - 1);
                List<Integer> cs = children.get(top[0]);
                if (top[1] < cs.size()) {
                    stack.add(new int[]{cs.get(top[1]++), 0});
                } else {
                    out[k++] = top[0];
                    stack.remove(stack.size() - 1);
                }
            }
        }
        return Arrays.copyOf(out, k);
    }
}
