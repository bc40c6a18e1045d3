package io.powermap.analysis;

import io.powermap.analysis.AccountGraph.Person;
import io.powermap.analysis.AccountGraph.Staff;
import io.powermap.analysis.AnalysisRecords.PathNode;
import io.powermap.analysis.AnalysisRecords.WarmPath;
import io.powermap.analysis.algo.KShortestPaths;
import io.powermap.analysis.algo.WeightedDigraph;
import io.powermap.domain.Vocabulary.Stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Warm introduction paths: from our staff (KNOWS) through people who can introduce us, to a target.
 * A hop costs 1 / tie weight (a tie can carry an introduction either way); each intermediate adds a
 * cost by stance, and opposed or competitor-aligned people add {@link #AVOID}, so a path through them
 * comes only when no other exists, and then it is marked risky.
 */
public final class WarmPaths {

    public static final double AVOID = 100.0;

    private WarmPaths() {}

    static double stanceCost(Person p) {
        if (p.competitorAligned() || p.stanceOrNeutral() == Stance.OPPOSED) {
            return AVOID;
        }
        return switch (p.stanceOrNeutral()) {
            case NEUTRAL -> 0.5;
            case FAVORABLE -> 0.25;
            default -> 0;
        };
    }

    /** @param fromStaffId one staff member, or null for anyone on the account's team */
    public static List<WarmPath> find(AccountGraph graph, String fromStaffId, String targetPersonId, int k, double reportsToWeight) {
        List<Person> people = graph.people();
        List<Staff> staff = graph.staff();
        Map<String, Integer> index = graph.index();
        int n = people.size();
        Map<Long, Double> cheapest = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Person p = people.get(i);
            for (AccountGraph.Tie t : p.ties()) {
                Integer j = index.get(t.to());
                if (j != null && j != i && t.weight() > 0) {
                    both(cheapest, i, j, 1.0 / t.weight());
                }
            }
            Integer boss = p.reportsTo() == null ? null : index.get(p.reportsTo());
            if (boss != null && boss != i && reportsToWeight > 0) {
                both(cheapest, i, boss, 1.0 / reportsToWeight);
            }
        }
        List<Integer> sources = new ArrayList<>();
        for (int s = 0; s < staff.size(); s++) {
            Staff st = staff.get(s);
            if (fromStaffId != null && !fromStaffId.equals(st.id())) {
                continue;
            }
            sources.add(n + s);
            for (AccountGraph.Known known : st.knows()) {
                Integer j = index.get(known.personId());
                if (j != null && known.strength() > 0) {
                    cheapest.merge(key(n + s, j), 1.0 / known.strength(), Math::min);
                }
            }
        }
        Integer target = index.get(targetPersonId);
        if (target == null || sources.isEmpty()) {
            return List.of();
        }
        WeightedDigraph.Builder b = WeightedDigraph.builder(n + staff.size());
        cheapest.forEach((key, c) -> b.addEdge((int) (key >>> 32), (int) (long) key, c));
        double[] penalty = new double[n + staff.size()];
        for (int i = 0; i < n; i++) {
            penalty[i] = stanceCost(people.get(i));
        }
        List<WarmPath> result = new ArrayList<>();
        for (KShortestPaths.Path path : KShortestPaths.find(b.build(), sources.stream().mapToInt(Integer::intValue).toArray(), target, k, penalty)) {
            List<PathNode> nodes = new ArrayList<>();
            boolean risky = false;
            for (int idx = 0; idx < path.nodes().length; idx++) {
                int v = path.nodes()[idx];
                if (v >= n) {
                    Staff st = staff.get(v - n);
                    nodes.add(new PathNode(st.id(), st.name(), "staff", null, false));
                } else {
                    Person p = people.get(v);
                    boolean avoid = idx > 0 && idx < path.nodes().length - 1 && stanceCost(p) >= AVOID;
                    risky |= avoid;
                    nodes.add(new PathNode(p.id(), p.name(), "person", p.stance(), avoid));
                }
            }
            result.add(new WarmPath(nodes, path.cost(), risky));
        }
        return result;
    }

    private static void both(Map<Long, Double> cheapest, int a, int b, double cost) {
        cheapest.merge(key(a, b), cost, Math::min);
        cheapest.merge(key(b, a), cost, Math::min);
    }

    private static long key(int from, int to) {
        return ((long) from << 32) | (to & 0xffffffffL);
    }
}
