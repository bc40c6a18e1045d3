package io.powermap.analysis;

import io.powermap.analysis.AccountGraph.Person;
import io.powermap.analysis.AccountGraph.Tie;
import io.powermap.analysis.AnalysisRecords.*;
import io.powermap.analysis.algo.PageRank;
import io.powermap.analysis.algo.ShortestPaths;
import io.powermap.analysis.algo.WeightedDigraph;
import io.powermap.domain.Vocabulary.DecisionRole;
import io.powermap.domain.Vocabulary.ExtensiveLevel;
import io.powermap.domain.Vocabulary.OrgKind;
import io.powermap.domain.Vocabulary.Rank;
import io.powermap.domain.Vocabulary.Stance;
import io.powermap.i18n.Reason;
import io.powermap.i18n.ReasonText;
import io.powermap.i18n.Why;

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
import java.util.TreeMap;

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
        StructureCache.Structure structure = structures.get(accountId, influence, cost,
                people.stream().map(Person::id).toList());
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
                coaches(access, decision, false), blockers(decision, pDecision), coverage, communities(community, pagerank));
    }

    /** Each community's size, hub (highest PageRank, then id) and most common first org (most members, then name). */
    List<Community> communities(int[] community, double[] pagerank) {
        Map<String, String> orgNames = new HashMap<>();
        graph.orgs().forEach(o -> orgNames.put(o.id(), o.name()));
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(community[i], c -> new ArrayList<>()).add(i);
        }
        List<Community> out = new ArrayList<>(members.size());
        members.forEach((c, list) -> {
            int hub = list.get(0);
            Map<String, Integer> firstOrgs = new HashMap<>();
            for (int i : list) {
                Person p = people.get(i);
                if (pagerank[i] > pagerank[hub] || (pagerank[i] == pagerank[hub] && p.id().compareTo(people.get(hub).id()) < 0)) {
                    hub = i;
                }
                if (!p.orgIds().isEmpty() && orgNames.containsKey(p.orgIds().get(0))) {
                    firstOrgs.merge(p.orgIds().get(0), 1, Integer::sum);
                }
            }
            String org = firstOrgs.entrySet().stream()
                    .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                            .thenComparing(e -> orgNames.get(e.getKey()))
                            .thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey).orElse(null);
            out.add(new Community(c, list.size(), people.get(hub).id(), people.get(hub).name(), org,
                    org == null ? null : orgNames.get(org)));
        });
        return out;
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
            List<Reason> why = hiddenWhy(p, pDecision[i], pFormal[i], evidence);
            result.add(new Hidden(p.id(), p.name(), pDecision[i] - pFormal[i], pDecision[i], pFormal[i],
                    english(why), why, evidence));
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

    /** Who they are (off the chart, little formal power, or no role), how they reach the chain, the two percentiles. */
    private static List<Reason> hiddenWhy(Person p, double pDecision, double pFormal, List<Evidence> evidence) {
        List<Reason> why = new ArrayList<>();
        if (Boolean.FALSE.equals(p.onOrgChart())) {
            why.add(Reason.of(Why.HIDDEN_OFF_CHART, "name", p.name()));
        } else if (pDecision - pFormal >= HIDDEN_GAP) {
            // "Little formal power" only for the lower half: where ranks are level, the gap is influence alone.
            why.add(Reason.of(pFormal < 0.5 ? Why.HIDDEN_LOW_FORMAL : Why.HIDDEN_ABOVE_RANK, "name", p.name(), "rank", p.rankOrStaff()));
        } else {
            why.add(Reason.of(Why.HIDDEN_NO_ROLE, "name", p.name()));
        }
        if (!evidence.isEmpty()) {
            Evidence e = evidence.get(0);
            String target = e.names().get(e.names().size() - 1);
            EvidenceTie first = e.ties().get(0);
            String kind = first.kind() == null ? "REPORTS_TO" : first.kind().name();
            why.add(e.ties().size() == 1 ? Reason.of(Why.HIDDEN_DIRECT, "target", target, "kind", kind)
                    : Reason.of(Why.HIDDEN_STEPS, "target", target, "steps", e.ties().size(), "kind", kind));
        }
        why.add(Reason.of(Why.HIDDEN_PERCENTILES, "decision", Math.round(pDecision * 100), "formal", Math.round(pFormal * 100)));
        return why;
    }

    /** The English sentence API clients read, from the same clauses the UI translates. */
    static String english(List<Reason> why) {
        return ReasonText.english().sentence(why);
    }

    private List<Broker> brokers(double[] betweenness) {
        Map<String, AccountGraph.Org> orgs = graph.orgsById();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (betweenness[i] > 0) {
                order.add(i);
            }
        }
        // Ranked on 12 decimals: an updated betweenness (StructureCache) may differ from a fresh one in the
        // last bits, and equal scores must keep their id order either way.
        order.sort(Comparator.<Integer>comparingDouble(i -> -Math.rint(betweenness[i] * 1e12)).thenComparing(i -> people.get(i).id()));
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
            List<Reason> why = new ArrayList<>();
            why.add(Reason.of(Why.BROKER_ROUTES, "name", p.name(), "pct", Math.round(betweenness[i] * 1000) / 10.0));
            if (bridges.size() > 1) {
                why.add(Reason.of(Why.BROKER_BRIDGES, "orgs", bridges));
            }
            result.add(new Broker(p.id(), p.name(), betweenness[i], bridges, english(why), why));
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
        double[] score = new double[n];
        List<Integer> fitting = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Person p = people.get(i);
            Stance s = p.stanceOrNeutral();
            // A coach guides us to the people who decide: a decider is not their own coach (a supportive one is
            // the goal itself), and someone leaning to a competitor is a blocker, not a guide.
            boolean guide = !p.competitorAligned() && (p.decisionRole() == null || !p.decisionRole().decides());
            boolean fits = guide && (confirmed ? s.atLeast(Stance.SUPPORTIVE) && access.score[i] > 0
                    : (s == Stance.NEUTRAL || s == Stance.FAVORABLE) && access.score[i] >= 0.5);
            if (fits) {
                score[i] = access.score[i] * decision[i] / maxDecision;
                fitting.add(i);
            }
        }
        // Ranked before the reasons are written: of the candidates only the first five are kept.
        fitting.sort((a, b) -> {
            int byScore = Double.compare(score[b], score[a]);
            return byScore != 0 ? byScore : people.get(a).id().compareTo(people.get(b).id());
        });
        List<Coach> result = new ArrayList<>();
        for (int i : confirmed ? fitting : fitting.subList(0, Math.min(5, fitting.size()))) {
            Person p = people.get(i);
            Stance s = p.stanceOrNeutral();
            List<PersonRef> reaches = access.reaches.get(i).stream().sorted()
                    .map(d -> new PersonRef(people.get(d).id(), people.get(d).name())).toList();
            List<String> names = reaches.stream().map(PersonRef::name).toList();
            List<Reason> why = new ArrayList<>();
            if (confirmed) {
                why.add(reaches.isEmpty() ? Reason.of(Why.COACH_TWO_STEPS, "name", p.name(), "stance", s)
                        : Reason.of(Why.COACH_DIRECT, "name", p.name(), "stance", s, "reaches", names));
            } else {
                why.add(reaches.isEmpty() ? Reason.of(Why.CANDIDATE_TWO_STEPS, "name", p.name(), "stance", s)
                        : Reason.of(Why.CANDIDATE_DIRECT, "name", p.name(), "stance", s, "reaches", names));
                why.add(Reason.of(Why.CANDIDATE_DEVELOP));
            }
            result.add(new Coach(p.id(), p.name(), s, access.score[i], score[i], reaches, english(why), why));
        }
        return result;
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
            List<String> swayNames = out.stream().limit(3).map(x -> people.get(x[0]).name()).toList();
            List<Reason> why = new ArrayList<>();
            why.add(p.stanceOrNeutral() == Stance.OPPOSED ? Reason.of(Why.BLOCKER_OPPOSED, "name", p.name())
                    : Reason.of(Why.BLOCKER_ALIGNED, "name", p.name(), "competitors", p.competitors()));
            if (!swayNames.isEmpty()) {
                why.add(Reason.of(Why.BLOCKER_SWAYS, "names", swayNames));
            }
            result.add(new Blocker(p.id(), p.name(), p.stance(), p.competitors(), decision[i], sways, english(why), why));
        }
        result.sort(Comparator.comparingDouble(Blocker::decisionInfluence).reversed().thenComparing(Blocker::personId));
        return result;
    }

    private Coverage coverage(int coachCount, LocalDate today) {
        List<Member> members = new ArrayList<>();
        List<RedFlag> flags = new ArrayList<>();
        if (people.stream().noneMatch(p -> p.decisionRole() != null)) {
            // Without a chain there is nothing for a coach to reach: the missing chain is the finding.
            flags.add(flag("NO_DECISION_CHAIN", null, Reason.of(Why.FLAG_NO_DECISION_CHAIN)));
        } else if (coachCount == 0) {
            flags.add(flag("NO_COACH", null, Reason.of(Why.FLAG_NO_COACH)));
        }
        for (Person p : people) {
            if (p.decisionRole() == null) {
                continue;
            }
            AccountGraph.Owner first = p.owners().stream().filter(o -> "FIRST".equals(o.priority())).findFirst().orElse(null);
            LocalDate lastContact = p.lastContact(today);
            Long days = lastContact == null ? null : ChronoUnit.DAYS.between(lastContact, today);
            members.add(new Member(p.id(), p.name(), p.decisionRole(), p.hiddenRole(), p.stance(), p.rank(),
                    p.owners().stream().map(AccountGraph.Owner::name).toList(), first == null ? null : first.name(),
                    lastContact == null ? null : lastContact.toString(), days));
            if (p.decisionRole().decides() && !p.stanceOrNeutral().atLeast(Stance.FAVORABLE)) {
                flags.add(flag("DECIDER_NOT_FAVORABLE", p.id(), Reason.of(Why.FLAG_DECIDER_NOT_FAVORABLE,
                        "name", p.name(), "role", p.decisionRole(), "stance", p.stanceOrNeutral())));
            }
            if (first == null) {
                flags.add(flag("NO_FIRST_OWNER", p.id(), Reason.of(Why.FLAG_NO_FIRST_OWNER, "name", p.name())));
            } else if (seniorityMismatch(p.rankOrStaff(), first.rank() == null ? Rank.STAFF : first.rank())) {
                flags.add(flag("SENIORITY_MISMATCH", p.id(), Reason.of(Why.FLAG_SENIORITY_MISMATCH, "name", p.name(),
                        "rank", p.rankOrStaff(), "owner", first.name(), "ownerRank", first.rank() == null ? Rank.STAFF : first.rank())));
            }
            if (days == null || days > CONTACT_DAYS) {
                flags.add(flag("NO_RECENT_CONTACT", p.id(), days == null ? Reason.of(Why.FLAG_NEVER_CONTACTED, "name", p.name())
                        : Reason.of(Why.FLAG_NO_CONTACT_DAYS, "name", p.name(), "days", days)));
            }
        }
        return new Coverage(members, flags, weakestOrg(), coachCount);
    }

    private static RedFlag flag(String code, String personId, Reason why) {
        return new RedFlag(code, personId, english(List.of(why)), List.of(why));
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
