package io.powermap.analysis;

import io.powermap.analysis.AccountGraph.Person;
import io.powermap.analysis.AccountGraph.Tie;
import io.powermap.analysis.AnalysisRecords.*;
import io.powermap.analysis.algo.Betweenness;
import io.powermap.analysis.algo.Communities;
import io.powermap.analysis.algo.PageRank;
import io.powermap.analysis.algo.ShortestPaths;
import io.powermap.analysis.algo.WeightedDigraph;
import io.powermap.domain.Vocabulary.DecisionRole;
import io.powermap.domain.Vocabulary.ExtensiveLevel;
import io.powermap.domain.Vocabulary.OrgKind;
import io.powermap.domain.Vocabulary.Rank;
import io.powermap.domain.Vocabulary.Stance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DESIGN.md section 3 on one account: scores per person and the findings built on them, each with
 * its evidence. Pure computation on an {@link AccountGraph}; docs/ANALYTICS.md explains every rule.
 */
public final class InfluenceAnalysis {

    public static final double ALPHA = 0.85;
    /** A hidden decision-maker's decision influence sits this far (in percentile) above their formal power. */
    public static final double HIDDEN_GAP = 0.30;
    /** ... and in the top quarter of decision influence. */
    public static final double HIGH_INFLUENCE = 0.75;
    /** Without any decision role, the top tenth of decision influence is hidden power by itself. */
    public static final double VERY_HIGH_INFLUENCE = 0.90;
    public static final int CONTACT_DAYS = 90;
    private static final int MAX_HIDDEN = 10;
    private static final int MAX_BROKERS = 5;
    private static final int MAX_EVIDENCE = 3;

    private final AccountGraph graph;
    private final List<Person> people;
    private final Map<String, Integer> index;
    private final int n;
    private final WeightedDigraph influence;
    private final WeightedDigraph cost;

    public InfluenceAnalysis(AccountGraph graph, double reportsToWeight) {
        this.graph = graph;
        this.people = graph.people();
        this.index = graph.index();
        this.n = people.size();
        this.influence = influenceGraph(graph, index, reportsToWeight);
        this.cost = influence.mapWeights(w -> 1.0 / w);
    }

    /**
     * a INFLUENCES b is the edge a→b with weight strength × confidence; x REPORTS_TO boss is boss→x with
     * the formal weight. Parallel edges add up (the builder sums them). Zero weights are left out: they
     * carry no influence and would make infinite costs.
     */
    public static WeightedDigraph influenceGraph(AccountGraph graph, Map<String, Integer> index, double reportsToWeight) {
        WeightedDigraph.Builder b = WeightedDigraph.builder(graph.people().size());
        for (int i = 0; i < graph.people().size(); i++) {
            Person p = graph.people().get(i);
            for (Tie t : p.ties()) {
                Integer to = index.get(t.to());
                if (to != null && to != i && t.weight() > 0) {
                    b.addEdge(i, to, t.weight());
                }
            }
            Integer boss = p.reportsTo() == null ? null : index.get(p.reportsTo());
            if (boss != null && boss != i && reportsToWeight > 0) {
                b.addEdge(boss, i, reportsToWeight);
            }
        }
        return b.build();
    }

    public Analysis run(String accountId, String opportunityId, LocalDate today) {
        return run(accountId, opportunityId, today, StructureCache.none());
    }

    /** As {@link #run(String, String, LocalDate)}, reusing betweenness and communities when the graph is unchanged. */
    public Analysis run(String accountId, String opportunityId, LocalDate today, StructureCache structures) {
        WeightedDigraph listensTo = influence.reverse();
        double[] pagerank = n == 0 ? new double[0] : PageRank.compute(listensTo, ALPHA, null);
        double[] seeds = new double[n];
        boolean seeded = false;
        for (int i = 0; i < n; i++) {
            DecisionRole role = people.get(i).decisionRole();
            seeds[i] = role == null ? 0 : role.seedWeight();
            seeded |= seeds[i] > 0;
        }
        // Without a decision chain there is nothing to personalise on: decision influence is PageRank.
        double[] decision = !seeded ? pagerank : PageRank.compute(listensTo, ALPHA, seeds);
        double[] formal = formalPower();
        double[] pDecision = percentiles(decision);
        double[] pFormal = percentiles(formal);
        StructureCache.Structure structure = structures.get(accountId, influence,
                people.stream().map(Person::id).toList(), () -> n == 0
                        ? new StructureCache.Structure(new double[0], new int[0])
                        : new StructureCache.Structure(Betweenness.compute(cost), Communities.louvain(influence)));
        double[] betweenness = structure.betweenness();
        int[] community = structure.community();

        List<Scores> scores = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Person p = people.get(i);
            scores.add(new Scores(p.id(), p.name(), p.externalId(), p.decisionRole(), p.stance(), pagerank[i],
                    decision[i], formal[i], pDecision[i] - pFormal[i], betweenness[i], community[i]));
        }
        scores.sort(Comparator.comparingDouble(Scores::decisionInfluence).reversed().thenComparing(Scores::id));

        Access access = new Access();
        List<Coach> coaches = coaches(access, decision, true);
        Coverage coverage = coverage(coaches.size(), today);
        return new Analysis(accountId, opportunityId, seeded, scores,
                hidden(decision, pDecision, pFormal), brokers(betweenness), coaches,
                coaches(access, decision, false), blockers(decision, pDecision), coverage);
    }

    /** Rank seniority (BOARD 6 .. STAFF 1, EXTERNAL 0) and the size of the reporting tree below. */
    double[] formalPower() {
        int[] below = new int[n];
        List<List<Integer>> reports = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            reports.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            Integer boss = people.get(i).reportsTo() == null ? null : index.get(people.get(i).reportsTo());
            if (boss != null && boss != i) {
                reports.get(boss).add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            below[i] = countBelow(i, reports);
        }
        int maxBelow = Arrays.stream(below).max().orElse(0);
        double[] power = new double[n];
        for (int i = 0; i < n; i++) {
            double rank = people.get(i).rankOrStaff().seniority() / 6.0;
            double span = maxBelow == 0 ? 0 : Math.log1p(below[i]) / Math.log1p(maxBelow);
            power[i] = 0.6 * rank + 0.4 * span;
        }
        return power;
    }

    private static int countBelow(int root, List<List<Integer>> reports) {
        Set<Integer> seen = new HashSet<>();
        List<Integer> stack = new ArrayList<>(reports.get(root));
        while (!stack.isEmpty()) {
            int v = stack.remove(stack.size() - 1);
            if (v != root && seen.add(v)) {
                stack.addAll(reports.get(v));
            }
        }
        return seen.size();
    }

    /** Mid-rank percentile in [0, 1]: ties share their average rank, so equal scores get equal percentiles. */
    public static double[] percentiles(double[] values) {
        int n = values.length;
        double[] result = new double[n];
        if (n <= 1) {
            return result;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double rank = (start + end) / 2.0;
            for (int k = start; k <= end; k++) {
                result[order[k]] = rank / (n - 1);
            }
            start = end + 1;
        }
        return result;
    }

    private List<Hidden> hidden(double[] decision, double[] pDecision, double[] pFormal) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double gap = pDecision[i] - pFormal[i];
            boolean noRole = people.get(i).decisionRole() == null;
            if ((gap >= HIDDEN_GAP && pDecision[i] >= HIGH_INFLUENCE) || (noRole && pDecision[i] >= VERY_HIGH_INFLUENCE)) {
                candidates.add(i);
            }
        }
        candidates.sort(Comparator.<Integer>comparingDouble(i -> pFormal[i] - pDecision[i])
                .thenComparing(i -> -decision[i]).thenComparing(i -> people.get(i).id()));
        List<Hidden> result = new ArrayList<>();
        for (int i : candidates.subList(0, Math.min(MAX_HIDDEN, candidates.size()))) {
            Person p = people.get(i);
            List<Evidence> evidence = evidence(i);
            result.add(new Hidden(p.id(), p.name(), pDecision[i] - pFormal[i], pDecision[i], pFormal[i],
                    hiddenReason(p, pDecision[i], pFormal[i], evidence), evidence));
        }
        return result;
    }

    /** The cheapest influence paths (cost 1/weight) from a person into the decision chain, strongest first. */
    List<Evidence> evidence(int from) {
        ShortestPaths sp = ShortestPaths.from(cost, from);
        List<Integer> targets = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            if (d != from && people.get(d).inDecisionChain() && !Double.isInfinite(sp.distance(d))) {
                targets.add(d);
            }
        }
        targets.sort(Comparator.<Integer>comparingDouble(sp::distance).thenComparing(d -> people.get(d).id()));
        List<Evidence> result = new ArrayList<>();
        for (int d : targets.subList(0, Math.min(MAX_EVIDENCE, targets.size()))) {
            int[] path = sp.path(d);
            List<String> ids = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int v : path) {
                ids.add(people.get(v).id());
                names.add(people.get(v).name());
            }
            List<EvidenceTie> ties = new ArrayList<>();
            for (int k = 0; k + 1 < path.length; k++) {
                ties.add(strongestTie(path[k], path[k + 1]));
            }
            result.add(new Evidence(ids, names, ties, 1.0 / sp.distance(d)));
        }
        return result;
    }

    /** The tie that carries most of the influence from a to b: an informal tie, else the formal line. */
    private EvidenceTie strongestTie(int a, int b) {
        Person from = people.get(a);
        Person to = people.get(b);
        Tie best = null;
        for (Tie t : from.ties()) {
            if (t.to().equals(to.id()) && (best == null || t.weight() > best.weight())) {
                best = t;
            }
        }
        if (best != null) {
            return new EvidenceTie(from.id(), to.id(), "INFLUENCES", best.kind(), best.strength(), best.confidence(), best.source());
        }
        return new EvidenceTie(from.id(), to.id(), "REPORTS_TO", null, null, null, null);
    }

    private String hiddenReason(Person p, double pDecision, double pFormal, List<Evidence> evidence) {
        String who = Boolean.FALSE.equals(p.onOrgChart()) ? p.name() + " is not on the org chart"
                : p.name() + " has little formal power (" + p.rankOrStaff().name().toLowerCase().replace('_', '-') + ")";
        String how = "";
        if (!evidence.isEmpty()) {
            Evidence e = evidence.get(0);
            String target = e.names().get(e.names().size() - 1);
            EvidenceTie first = e.ties().get(0);
            String kind = first.kind() == null ? "formal line" : first.kind().name().toLowerCase().replace('_', ' ') + " tie";
            how = e.ties().size() == 1 ? ", yet " + target + " listens to them directly (" + kind + ")"
                    : ", yet reaches " + target + " in " + e.ties().size() + " steps (first a " + kind + ")";
        }
        return who + how + ": decision influence above " + Math.round(pDecision * 100)
                + "% of the account, formal power above only " + Math.round(pFormal * 100) + "%.";
    }

    private List<Broker> brokers(double[] betweenness) {
        Map<String, AccountGraph.Org> orgs = graph.orgsById();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (betweenness[i] > 0) {
                order.add(i);
            }
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -betweenness[i]).thenComparing(i -> people.get(i).id()));
        List<Set<Integer>> neighbours = undirectedNeighbours();
        List<Broker> result = new ArrayList<>();
        for (int i : order.subList(0, Math.min(MAX_BROKERS, order.size()))) {
            Map<String, Integer> orgCount = new LinkedHashMap<>();
            for (int m : neighbours.get(i)) {
                List<String> memberOf = people.get(m).orgIds();
                if (!memberOf.isEmpty() && orgs.containsKey(memberOf.get(0))) {
                    orgCount.merge(orgs.get(memberOf.get(0)).name(), 1, Integer::sum);
                }
            }
            List<String> bridges = orgCount.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(4).map(Map.Entry::getKey).toList();
            Person p = people.get(i);
            result.add(new Broker(p.id(), p.name(), betweenness[i], bridges,
                    p.name() + " lies on " + Math.round(betweenness[i] * 1000) / 10.0
                            + "% of the strongest influence routes between others"
                            + (bridges.size() > 1 ? " and links " + String.join(", ", bridges) : "") + "."));
        }
        return result;
    }

    private List<Set<Integer>> undirectedNeighbours() {
        List<Set<Integer>> nb = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            nb.add(new HashSet<>());
        }
        for (int u = 0; u < n; u++) {
            for (int e = influence.outStart(u); e < influence.outEnd(u); e++) {
                int v = influence.target(e);
                nb.get(u).add(v);
                nb.get(v).add(u);
            }
        }
        return nb;
    }

    /**
     * Access to the decision chain: 1 for a direct tie (either direction, informal or formal) to a
     * member, 0.5 for two steps, times the member's weight (approver 3, decision-maker 2, evaluator 1) / 3.
     */
    final class Access {
        final double[] score = new double[n];
        final List<Set<Integer>> reaches = new ArrayList<>();

        Access() {
            List<Set<Integer>> nb = undirectedNeighbours();
            for (int i = 0; i < n; i++) {
                reaches.add(new HashSet<>());
            }
            for (int d = 0; d < n; d++) {
                DecisionRole role = people.get(d).decisionRole();
                if (role == null || role.seedWeight() == 0) {
                    continue;
                }
                double w = role.seedWeight() / 3.0;
                for (int m : nb.get(d)) {
                    score[m] = Math.max(score[m], w);
                    reaches.get(m).add(d);
                    for (int x : nb.get(m)) {
                        if (x != d) {
                            score[x] = Math.max(score[x], 0.5 * w);
                        }
                    }
                }
            }
        }
    }

    private List<Coach> coaches(Access access, double[] decision, boolean confirmed) {
        double maxDecision = Arrays.stream(decision).max().orElse(1);
        List<Coach> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Person p = people.get(i);
            Stance s = p.stanceOrNeutral();
            boolean fits = confirmed ? s.atLeast(Stance.SUPPORTIVE) && access.score[i] > 0
                    : (s == Stance.NEUTRAL || s == Stance.FAVORABLE) && access.score[i] >= 0.5 && !p.competitorAligned();
            if (!fits) {
                continue;
            }
            List<String> reaches = access.reaches.get(i).stream().sorted().map(d -> people.get(d).name()).toList();
            double score = access.score[i] * decision[i] / maxDecision;
            String reason = confirmed
                    ? p.name() + " is " + s.name().toLowerCase() + " and "
                      + (reaches.isEmpty() ? "two steps from the decision chain" : "talks directly to " + String.join(", ", reaches)) + "."
                    : p.name() + " is " + s.name().toLowerCase() + " with direct access to "
                      + (reaches.isEmpty() ? "the decision chain through one contact" : String.join(", ", reaches))
                      + ": worth developing into a coach.";
            result.add(new Coach(p.id(), p.name(), s, access.score[i], score, reaches, reason));
        }
        result.sort(Comparator.comparingDouble(Coach::score).reversed().thenComparing(Coach::personId));
        return confirmed ? result : result.subList(0, Math.min(5, result.size()));
    }

    private List<Blocker> blockers(double[] decision, double[] pDecision) {
        List<Blocker> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Person p = people.get(i);
            boolean against = p.stanceOrNeutral() == Stance.OPPOSED || p.competitorAligned();
            if (!against || (pDecision[i] < 0.5 && !p.inDecisionChain())) {
                continue;
            }
            List<int[]> out = new ArrayList<>();
            for (int e = influence.outStart(i); e < influence.outEnd(i); e++) {
                out.add(new int[]{influence.target(e), e});
            }
            out.sort(Comparator.<int[]>comparingInt(x -> people.get(x[0]).inDecisionChain() ? 0 : 1)
                    .thenComparingDouble(x -> -influence.weight(x[1])).thenComparing(x -> people.get(x[0]).id()));
            List<String> sways = out.stream().limit(5).map(x -> people.get(x[0]).id()).toList();
            String why = p.stanceOrNeutral() == Stance.OPPOSED ? "is opposed to us" : "leans to " + String.join(", ", p.competitors());
            List<String> swayNames = out.stream().limit(3).map(x -> people.get(x[0]).name()).toList();
            result.add(new Blocker(p.id(), p.name(), p.stance(), p.competitors(), decision[i], sways,
                    p.name() + " " + why + (swayNames.isEmpty() ? "" : " and sways " + String.join(", ", swayNames)) + "."));
        }
        result.sort(Comparator.comparingDouble(Blocker::decisionInfluence).reversed().thenComparing(Blocker::personId));
        return result;
    }

    private Coverage coverage(int coachCount, LocalDate today) {
        List<Member> members = new ArrayList<>();
        List<RedFlag> flags = new ArrayList<>();
        if (coachCount == 0) {
            flags.add(new RedFlag("NO_COACH", null, "No coach: nobody supportive of us has access to the decision chain."));
        }
        for (Person p : people) {
            if (p.decisionRole() == null) {
                continue;
            }
            AccountGraph.Owner first = p.owners().stream().filter(o -> "FIRST".equals(o.priority())).findFirst().orElse(null);
            Long days = p.lastContact() == null ? null : ChronoUnit.DAYS.between(p.lastContact(), today);
            members.add(new Member(p.id(), p.name(), p.decisionRole(), p.hiddenRole(), p.stance(), p.rank(),
                    p.owners().stream().map(AccountGraph.Owner::name).toList(), first == null ? null : first.name(),
                    p.lastContact() == null ? null : p.lastContact().toString(), days));
            if (p.decisionRole().decides() && !p.stanceOrNeutral().atLeast(Stance.FAVORABLE)) {
                flags.add(new RedFlag("DECIDER_NOT_FAVORABLE", p.id(), p.name() + " (" + p.decisionRole()
                        + ") is only " + p.stanceOrNeutral().name().toLowerCase() + " toward us."));
            }
            if (first == null) {
                flags.add(new RedFlag("NO_FIRST_OWNER", p.id(), "Nobody on our side is first owner of " + p.name() + "."));
            } else if (seniorityMismatch(p.rankOrStaff(), first.rank() == null ? Rank.STAFF : first.rank())) {
                flags.add(new RedFlag("SENIORITY_MISMATCH", p.id(), p.name() + " (" + p.rankOrStaff() + ") is owned by "
                        + first.name() + " (" + first.rank() + "): match their seniority."));
            }
            if (days == null || days > CONTACT_DAYS) {
                flags.add(new RedFlag("NO_RECENT_CONTACT", p.id(), days == null ? "No recorded contact with " + p.name() + "."
                        : "No contact with " + p.name() + " for " + days + " days."));
            }
        }
        return new Coverage(members, flags, weakestOrg(), coachCount);
    }

    /** Board or C-level needs a VP or above on our side; anyone else an owner at most one rank below. */
    static boolean seniorityMismatch(Rank person, Rank owner) {
        if (person == Rank.EXTERNAL) {
            return false;
        }
        if (person.seniority() >= Rank.C_LEVEL.seniority()) {
            return owner.seniority() < Rank.VP.seniority();
        }
        return owner.seniority() <= person.seniority() - 2;
    }

    /** The department where we stand worst: extensive level plus the mean stance of its members. */
    private WeakOrg weakestOrg() {
        Map<String, List<Stance>> stances = new HashMap<>();
        for (Person p : people) {
            for (String orgId : p.orgIds()) {
                stances.computeIfAbsent(orgId, k -> new ArrayList<>()).add(p.stanceOrNeutral());
            }
        }
        WeakOrg weakest = null;
        double worst = Double.MAX_VALUE;
        for (AccountGraph.Org o : graph.orgs()) {
            List<Stance> s = stances.get(o.id());
            if (o.kind() != OrgKind.DEPARTMENT || s == null) {
                continue;
            }
            double mean = s.stream().mapToInt(Enum::ordinal).average().orElse(1);
            int level = o.extensiveLevel() == null ? ExtensiveLevel.FAIR.ordinal() : o.extensiveLevel().ordinal();
            double score = level + mean;
            if (score < worst) {
                worst = score;
                weakest = new WeakOrg(o.id(), o.name(), o.extensiveLevel() == null ? null : o.extensiveLevel().name(), mean, s.size());
            }
        }
        return weakest;
    }

    public List<Person> people() {
        return people;
    }

}
