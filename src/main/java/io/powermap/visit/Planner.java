package io.powermap.visit;

import io.powermap.analysis.AccountGraph;
import io.powermap.analysis.AccountGraph.Person;
import io.powermap.analysis.AnalysisRecords.Analysis;
import io.powermap.analysis.AnalysisRecords.Evidence;
import io.powermap.analysis.AnalysisRecords.Hidden;
import io.powermap.analysis.AnalysisRecords.PathNode;
import io.powermap.analysis.AnalysisRecords.Scores;
import io.powermap.analysis.AnalysisRecords.WarmPath;
import io.powermap.analysis.InfluenceAnalysis;
import io.powermap.domain.Vocabulary.ActionKind;
import io.powermap.domain.Vocabulary.CriterionCategory;
import io.powermap.domain.Vocabulary.DecisionRole;
import io.powermap.domain.Vocabulary.Rank;
import io.powermap.domain.Vocabulary.Stance;
import io.powermap.i18n.Reason;
import io.powermap.i18n.ReasonText;
import io.powermap.i18n.Why;
import io.powermap.io.AccountDocument.Criterion;
import io.powermap.io.AccountDocument.Needs;
import io.powermap.visit.VisitRecords.MapEdge;
import io.powermap.visit.VisitRecords.MapNode;
import io.powermap.visit.VisitRecords.OwnerRef;
import io.powermap.visit.VisitRecords.Proposal;
import io.powermap.visit.VisitRecords.Risk;
import io.powermap.visit.VisitRecords.StaffRef;
import io.powermap.visit.VisitRecords.StanceStep;
import io.powermap.visit.VisitRecords.SubMap;
import io.powermap.visit.VisitRecords.Suggestion;
import io.powermap.visit.VisitRecords.TalkingPoint;
import io.powermap.visit.VisitRecords.TargetBrief;
import io.powermap.visit.VisitRecords.Visit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The visit planner's rules (docs/ANALYTICS.md, "Visit planner") as pure computation on the account
 * graph and its analysis: whom to meet, what to know about each target, and the focused sub-map.
 */
public final class Planner {

    public static final int CONTACT_DAYS = 90;
    /** The stance gap of a champion: worth keeping warm, never zero (docs/ANALYTICS.md, "Whom to meet"). */
    public static final double GAP_FLOOR = 0.6;
    /** Seniority match for people outside the customer's hierarchy (advisors, relatives, regulators): no rank to mismatch. */
    public static final double EXTERNAL_MATCH = 1.0;
    private static final int MAX_NEIGHBOURS = 6;
    private static final int MAX_RING = 20;

    /**
     * The only action kinds Powermap ever suggests. GIFT, FAVOR and HOSPITALITY are anti-bribery risks:
     * people may record them (with a risk level and an approver), Powermap never proposes them.
     */
    public static final Set<ActionKind> SUGGESTABLE = Set.of(ActionKind.WORKSHOP, ActionKind.SITE_VISIT,
            ActionKind.TRAINING, ActionKind.JOINT_PAPER, ActionKind.EVENT, ActionKind.MEETING);

    private static final Map<CriterionCategory, ActionKind> FOR_CRITERION = new EnumMap<>(Map.of(
            CriterionCategory.RELATIONSHIP, ActionKind.MEETING,
            CriterionCategory.ECONOMY, ActionKind.WORKSHOP,
            CriterionCategory.TIME, ActionKind.MEETING,
            CriterionCategory.IMAGE, ActionKind.JOINT_PAPER,
            CriterionCategory.QUALITY, ActionKind.SITE_VISIT,
            CriterionCategory.GUIDANCE, ActionKind.WORKSHOP,
            CriterionCategory.CUSTOMER_GROUP, ActionKind.EVENT,
            CriterionCategory.POLITICS, ActionKind.MEETING));

    private final AccountGraph graph;
    private final Analysis analysis;
    private final Map<String, Person> byId = new HashMap<>();
    private final Map<String, Scores> scores = new HashMap<>();
    private final Set<String> hidden = new HashSet<>();
    private final Set<String> analysisHidden = new HashSet<>();
    /** The influence factor ({@link #influenceShares}); a hidden decision-maker's raised to the decider they sway. */
    private final Map<String, Double> influence = new HashMap<>();
    /** Mid-rank percentile of decision influence, as the reasons say it. */
    private final Map<String, Double> percentile = new HashMap<>();
    private double topInfluence;
    /** Hidden decision-maker id → the name of the decider whose level their influence is counted at. */
    private final Map<String, String> channel = new HashMap<>();
    private final Map<String, Set<String>> neighbours = new HashMap<>();
    private final Map<String, Double> tieWeight = new HashMap<>();

    public Planner(AccountGraph graph, Analysis analysis) {
        this.graph = graph;
        this.analysis = analysis;
        graph.people().forEach(p -> byId.put(p.id(), p));
        analysis.people().forEach(s -> scores.put(s.id(), s));
        analysis.hidden().stream().map(Hidden::personId).forEach(analysisHidden::add);
        hidden.addAll(analysisHidden);
        graph.people().stream().filter(Person::hiddenRole).map(Person::id).forEach(hidden::add);
        for (Person p : graph.people()) {
            for (AccountGraph.Tie t : p.ties()) {
                if (byId.containsKey(t.to()) && !t.to().equals(p.id())) {
                    link(p.id(), t.to(), t.weight());
                }
            }
            if (p.reportsTo() != null && byId.containsKey(p.reportsTo())) {
                link(p.id(), p.reportsTo(), 1.0);
            }
        }
        double[] decision = analysis.people().stream().mapToDouble(Scores::decisionInfluence).toArray();
        double[] pct = InfluenceAnalysis.percentiles(decision);
        double[] share = influenceShares(decision);
        for (int i = 0; i < pct.length; i++) {
            percentile.put(analysis.people().get(i).id(), pct[i]);
            influence.put(analysis.people().get(i).id(), share[i]);
        }
        topInfluence = Arrays.stream(decision).max().orElse(0);
        for (Hidden h : analysis.hidden()) {
            if (h.evidence().isEmpty()) {
                continue;
            }
            Evidence strongest = h.evidence().get(0);
            String decider = strongest.nodes().get(strongest.nodes().size() - 1);
            double level = influence.getOrDefault(decider, 0.0);
            if (level > influence.getOrDefault(h.personId(), 0.0)) {
                influence.put(h.personId(), level);
                channel.put(h.personId(), strongest.names().get(strongest.names().size() - 1));
            }
        }
    }

    private void link(String a, String b, double w) {
        neighbours.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
        neighbours.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
        tieWeight.merge(pair(a, b), w, Double::sum);
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /** Steps from CHAMPION: CHAMPION 0, SUPPORTIVE 1, FAVORABLE 2, NEUTRAL 3, OPPOSED 4. */
    static int stanceSteps(Stance s) {
        Stance stance = s == null ? Stance.NEUTRAL : s;
        return Stance.CHAMPION.ordinal() - stance.ordinal();
    }

    /** {@link #GAP_FLOOR} for a champion up to 1 for an opposed person, in even steps. */
    public static double stanceGap(Stance s) {
        return GAP_FLOOR + (1 - GAP_FLOOR) * stanceSteps(s) / 4.0;
    }

    /**
     * How well our best-matched joining executive fits the person's seniority: 1 when at most one
     * rank apart, 0.8 at two, 0.6 at three or more; {@link #EXTERNAL_MATCH} for people outside the
     * hierarchy; 1 while no executive has joined yet.
     */
    public static double seniorityMatch(Rank person, Rank executive) {
        if (person == Rank.EXTERNAL) {
            return EXTERNAL_MATCH;
        }
        int gap = rankSteps(person, executive);
        return gap <= 1 ? 1.0 : gap == 2 ? 0.8 : 0.6;
    }

    private static int rankSteps(Rank person, Rank executive) {
        return Math.abs(person.seniority() - executive.seniority());
    }

    /** Everyone with a positive score, best first: influence × stance gap × seniority match. */
    public List<Proposal> proposals(Visit visit, int limit) {
        List<Proposal> result = new ArrayList<>();
        for (Person p : graph.people()) {
            Proposal proposal = proposal(p, visit);
            if (proposal != null && proposal.score() > 0) {
                result.add(proposal);
            }
        }
        // Equal scores (two people counted at one decider's level) go to the higher raw decision influence.
        result.sort(Comparator.comparingDouble(Proposal::score).reversed()
                .thenComparing(x -> -scores.get(x.personId()).decisionInfluence()).thenComparing(Proposal::personId));
        return result.subList(0, Math.min(limit, result.size()));
    }

    /** The score of meeting one person on this visit, with the reason; null for someone the analysis does not know. */
    Proposal proposal(Person p, Visit visit) {
        if (!scores.containsKey(p.id())) {
            return null;
        }
        double infl = influence.getOrDefault(p.id(), 0.0);
        double gap = stanceGap(p.stance());
        Rank rank = p.rankOrStaff();
        StaffRef best = null;
        double match = 1.0;
        for (StaffRef exec : visit.staff()) {
            double m = seniorityMatch(rank, staffRank(exec));
            if (best == null || m > match) {
                best = exec;
                match = m;
            }
        }
        List<String> risks = new ArrayList<>();
        if (p.stanceOrNeutral() == Stance.OPPOSED) {
            risks.add("TARGET_OPPOSED");
        }
        if (p.competitorAligned()) {
            risks.add("TARGET_ALIGNED");
        }
        List<Reason> why = why(p, best);
        boolean target = visit.targets().stream().anyMatch(t -> t.id().equals(p.id()));
        return new Proposal(p.id(), p.name(), p.title(), rank, p.decisionRole(), p.stanceOrNeutral(), infl * gap * match,
                infl, gap, match, best == null ? null : best.name(), hidden.contains(p.id()), target, risks,
                ReasonText.english().sentence(why), why);
    }

    /**
     * The influence factor: the share of the account's people whose decision influence is at most this
     * person's (1 for the most influential, also when they are alone), and 0 for no decision influence at all.
     */
    static double[] influenceShares(double[] decision) {
        double[] sorted = decision.clone();
        Arrays.sort(sorted);
        double[] share = new double[decision.length];
        for (int i = 0; i < decision.length; i++) {
            if (decision[i] > 0) {
                int lo = 0;
                int hi = sorted.length;
                while (lo < hi) { // lo ends at the first value above decision[i]: the count of those at most it
                    int mid = (lo + hi) >>> 1;
                    if (sorted[mid] <= decision[i]) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                share[i] = (double) lo / decision.length;
            }
        }
        return share;
    }

    private static Rank staffRank(StaffRef exec) {
        return exec.rank() == null ? Rank.STAFF : exec.rank();
    }

    private List<Reason> why(Person p, StaffRef best) {
        List<Reason> why = new ArrayList<>();
        double own = percentile.getOrDefault(p.id(), 0.0);
        boolean top = scores.containsKey(p.id()) && scores.get(p.id()).decisionInfluence() >= topInfluence;
        why.add(top ? Reason.of(Why.PROPOSAL_TOP, "name", p.name())
                : Reason.of(Why.PROPOSAL_INFLUENCE, "name", p.name(), "pct", Math.round(own * 100)));
        if (channel.containsKey(p.id())) {
            why.add(Reason.of(Why.PROPOSAL_CHANNEL, "target", channel.get(p.id())));
        }
        if (p.decisionRole() != null) {
            why.add(Reason.of(p.hiddenRole() ? Why.PROPOSAL_HIDDEN_ROLE : Why.PROPOSAL_ROLE, "role", p.decisionRole()));
        }
        if (analysisHidden.contains(p.id())) {
            why.add(Reason.of(Boolean.FALSE.equals(p.onOrgChart()) ? Why.PROPOSAL_HIDDEN_OFF_CHART : Why.PROPOSAL_HIDDEN));
        }
        why.add(Reason.of(Why.PROPOSAL_STANCE, "stance", p.stanceOrNeutral(), "gap", stanceSteps(p.stance())));
        if (p.rankOrStaff() == Rank.EXTERNAL) {
            why.add(Reason.of(Why.PROPOSAL_EXTERNAL));
        } else if (best != null) {
            int steps = rankSteps(p.rankOrStaff(), staffRank(best));
            why.add(steps <= 1 ? Reason.of(Why.PROPOSAL_MATCH, "executive", best.name())
                    : Reason.of(Why.PROPOSAL_MISMATCH, "executive", best.name(), "steps", steps));
        }
        if (p.stanceOrNeutral() == Stance.OPPOSED) {
            why.add(Reason.of(Why.PROPOSAL_OPPOSED));
        }
        if (p.competitorAligned()) {
            why.add(Reason.of(Why.PROPOSAL_ALIGNED, "competitors", p.competitors()));
        }
        return why;
    }

    /** The brief of one target; {@code path} finds the best warm path from one staff member. */
    public TargetBrief target(String personId, VisitRepository.TargetDetails details, Visit visit, LocalDate today,
                              BiFunction<String, String, WarmPath> path) {
        Person p = byId.get(personId);
        Scores s = scores.get(personId);
        WarmPath best = null;
        for (StaffRef exec : visit.staff()) {
            WarmPath w = path.apply(exec.id(), personId);
            if (w != null && (best == null || w.cost() < best.cost())) {
                best = w;
            }
        }
        LocalDate lastContact = p.lastContact(today);
        Long days = lastContact == null ? null : ChronoUnit.DAYS.between(lastContact, today);
        Needs needs = new Needs(details.needs().getOrDefault("professional", List.of()), details.needs().getOrDefault("personal", List.of()));
        List<Criterion> criteria = details.criteria().stream()
                .map(c -> new Criterion(CriterionCategory.valueOf(c.get("category")), c.get("note"))).toList();
        List<StanceStep> history = details.stanceHistory().stream()
                .map(h -> new StanceStep(Stance.valueOf((String) h.get("stance")), (String) h.get("at"), (String) h.get("by"), (String) h.get("note")))
                .toList();
        Proposal why = proposal(p, visit);
        return new TargetBrief(p.id(), p.name(), p.title(), p.rankOrStaff(), details.orgs(), p.decisionRole(), p.hiddenRole(),
                p.stanceOrNeutral(), history, needs, criteria, p.owners().stream().map(o -> new OwnerRef(o.name(), o.priority())).toList(),
                p.competitors(), lastContact == null ? null : lastContact.toString(), days,
                s == null ? 0 : s.decisionInfluence(), why == null ? null : why.reason(), why == null ? List.of() : why.why(), best, risks(p, days, best), talkingPoints(needs, criteria),
                suggestions(needs, criteria));
    }

    /**
     * Opposed people and competitor-aligned gatekeepers (or others aligned with a competitor) next to
     * the target; the target's own stance and alignment; no first owner; a decision-maker at neutral or
     * below; no recent contact; an introduction only through someone opposed.
     */
    List<Risk> risks(Person p, Long days, WarmPath best) {
        List<Risk> risks = new ArrayList<>();
        if (p.stanceOrNeutral() == Stance.OPPOSED) {
            risks.add(new Risk("TARGET_OPPOSED", p.id(), p.name(), null, p.name() + " is opposed to us."));
        }
        if (p.competitorAligned()) {
            risks.add(new Risk("TARGET_ALIGNED", p.id(), p.name(), String.join(", ", p.competitors()), p.name() + " leans to " + String.join(", ", p.competitors()) + "."));
        }
        for (String nId : sortedNeighbours(p.id())) {
            Person n = byId.get(nId);
            String relation = relation(n, p);
            if (n.stanceOrNeutral() == Stance.OPPOSED) {
                risks.add(new Risk("OPPOSED_NEARBY", n.id(), n.name(), String.join(", ", n.competitors()), n.name() + " (opposed" + aligned(n) + ") " + relation + "."));
            } else if (n.competitorAligned() && n.decisionRole() == DecisionRole.GATEKEEPER) {
                risks.add(new Risk("COMPETITOR_GATEKEEPER", n.id(), n.name(), String.join(", ", n.competitors()), n.name() + " (gatekeeper" + aligned(n) + ") " + relation + "."));
            } else if (n.competitorAligned()) {
                risks.add(new Risk("COMPETITOR_NEARBY", n.id(), n.name(), String.join(", ", n.competitors()), n.name() + " (" + aligned(n).substring(2) + ") " + relation + "."));
            }
        }
        boolean firstOwner = p.owners().stream().anyMatch(o -> "FIRST".equals(o.priority()));
        if (!firstOwner) {
            risks.add(new Risk("NO_OWNER", p.id(), p.name(), null, "Nobody on our side is first owner of " + p.name() + "."));
        }
        if (p.decisionRole() != null && p.decisionRole().decides() && !p.stanceOrNeutral().atLeast(Stance.FAVORABLE)) {
            risks.add(new Risk("DECIDER_NOT_FAVORABLE", p.id(), p.name(), null, p.name() + " decides (" + p.decisionRole().name().toLowerCase().replace('_', '-')
                    + ") and is " + (p.stanceOrNeutral() == Stance.OPPOSED ? "opposed to us." : "only neutral toward us.")));
        }
        if (days == null || days > CONTACT_DAYS) {
            risks.add(new Risk("NO_RECENT_CONTACT", p.id(), p.name(), null, days == null ? "No recorded contact with " + p.name() + "."
                    : "No contact with " + p.name() + " for " + days + " days."));
        }
        if (best == null) {
            risks.add(new Risk("NO_PATH", p.id(), p.name(), null, "None of the joining executives has a known way to " + p.name() + "."));
        } else if (best.risky()) {
            risks.add(new Risk("RISKY_PATH", p.id(), p.name(), null, "The only introduction to " + p.name() + " runs through someone opposed or competitor-aligned."));
        }
        return risks;
    }

    private static String aligned(Person n) {
        return n.competitorAligned() ? ", leans to " + String.join(", ", n.competitors()) : "";
    }

    /** How a neighbour relates to the target, in words: who sways whom, or the formal line. */
    private String relation(Person n, Person target) {
        boolean sways = n.ties().stream().anyMatch(t -> t.to().equals(target.id()));
        boolean swayed = target.ties().stream().anyMatch(t -> t.to().equals(n.id()));
        if (sways) {
            return "sways " + target.name();
        }
        if (target.id().equals(n.reportsTo())) {
            return "reports to " + target.name();
        }
        if (n.id().equals(target.reportsTo())) {
            return "is " + target.name() + "'s boss";
        }
        return swayed ? "listens to " + target.name() : "is close to " + target.name();
    }

    private List<String> sortedNeighbours(String id) {
        List<String> list = new ArrayList<>(neighbours.getOrDefault(id, Set.of()));
        list.sort(Comparator.<String>comparingDouble(n -> -tieWeight.getOrDefault(pair(id, n), 0.0)).thenComparing(n -> n));
        return list;
    }

    /** Talking points only from what was recorded: professional needs and decision criteria. */
    static List<TalkingPoint> talkingPoints(Needs needs, List<Criterion> criteria) {
        List<TalkingPoint> points = new ArrayList<>();
        needs.professional().forEach(n -> points.add(new TalkingPoint("NEED", null, n)));
        criteria.forEach(c -> points.add(new TalkingPoint("CRITERION", c.category().name(),
                c.note() == null ? c.category().name().toLowerCase().replace('_', ' ') : c.note())));
        return points;
    }

    /** Relationship actions that answer the recorded criteria and needs, from {@link #SUGGESTABLE} only. */
    static List<Suggestion> suggestions(Needs needs, List<Criterion> criteria) {
        Map<ActionKind, String> kinds = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            ActionKind kind = FOR_CRITERION.get(c.category());
            kinds.putIfAbsent(kind, c.category().name());
        }
        if (!needs.professional().isEmpty()) {
            kinds.putIfAbsent(ActionKind.WORKSHOP, "NEED");
        }
        List<Suggestion> result = new ArrayList<>();
        kinds.forEach((kind, because) -> {
            if (SUGGESTABLE.contains(kind) && !kind.complianceSensitive()) {
                result.add(new Suggestion(kind, because));
            }
        });
        return result;
    }

    /**
     * The focused sub-map: joining staff on the left, introducers in between, targets in the centre,
     * each target's strongest neighbours on a ring around it. Deterministic.
     */
    public SubMap subMap(Visit visit, List<TargetBrief> briefs) {
        double width = 760;
        double height = 460;
        Map<String, MapNode> nodes = new LinkedHashMap<>();
        Set<String> edgeKeys = new HashSet<>();
        List<MapEdge> edges = new ArrayList<>();
        int t = briefs.size();
        double cx = 470;
        double cy = height / 2;
        // Targets on a small inner circle (or the centre when alone).
        for (int i = 0; i < t; i++) {
            TargetBrief b = briefs.get(i);
            double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, t);
            double r = t == 1 ? 0 : Math.min(110, 40 + 25 * t);
            Person p = byId.get(b.personId());
            nodes.put(b.personId(), new MapNode(b.personId(), b.name(), "target", b.stance(), risky(p),
                    cx + r * Math.cos(angle), cy + r * Math.sin(angle)));
        }
        // Neighbours on the outer ring, grouped by target.
        List<String[]> ring = new ArrayList<>();
        // At most MAX_RING neighbours in all, shared fairly between the targets, so labels stay readable.
        int perTarget = t == 0 ? 0 : Math.max(2, Math.min(MAX_NEIGHBOURS, MAX_RING / t));
        for (TargetBrief b : briefs) {
            int taken = 0;
            for (String n : sortedNeighbours(b.personId())) {
                if (taken >= perTarget) {
                    break;
                }
                if (!nodes.containsKey(n) && ring.stream().noneMatch(x -> x[0].equals(n))) {
                    ring.add(new String[]{n, b.personId()});
                    taken++;
                }
            }
        }
        // Path intermediates join the ring too.
        for (TargetBrief b : briefs) {
            if (b.path() == null) {
                continue;
            }
            for (PathNode pn : b.path().nodes()) {
                if ("person".equals(pn.type()) && !nodes.containsKey(pn.id()) && ring.stream().noneMatch(x -> x[0].equals(pn.id()))) {
                    ring.add(new String[]{pn.id(), b.personId()});
                }
            }
        }
        double outer = Math.min(cy - 30, 110 + 12 * t + 4 * ring.size());
        for (int i = 0; i < ring.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * (i + 0.5) / ring.size();
            Person p = byId.get(ring.get(i)[0]);
            nodes.put(p.id(), new MapNode(p.id(), p.name(), "person", p.stanceOrNeutral(), risky(p),
                    cx + (outer + 40) * Math.cos(angle), cy + outer * Math.sin(angle)));
        }
        // Staff down the left side.
        List<StaffRef> staff = visit.staff();
        for (int i = 0; i < staff.size(); i++) {
            StaffRef s = staff.get(i);
            nodes.put(s.id(), new MapNode(s.id(), s.name(), "staff", null, false, 70, height * (i + 1) / (staff.size() + 1)));
        }
        // Ties among the people shown, then the introduction paths.
        for (MapNode n : nodes.values()) {
            Person p = byId.get(n.id());
            if (p == null) {
                continue;
            }
            for (AccountGraph.Tie tie : p.ties()) {
                if (nodes.containsKey(tie.to()) && edgeKeys.add(p.id() + ">" + tie.to())) {
                    edges.add(new MapEdge(p.id(), tie.to(), "INFLUENCES"));
                }
            }
            if (p.reportsTo() != null && nodes.containsKey(p.reportsTo()) && edgeKeys.add(p.reportsTo() + "=" + p.id())) {
                edges.add(new MapEdge(p.reportsTo(), p.id(), "REPORTS_TO"));
            }
        }
        for (TargetBrief b : briefs) {
            if (b.path() == null) {
                continue;
            }
            List<PathNode> path = b.path().nodes();
            for (int i = 0; i + 1 < path.size(); i++) {
                String from = path.get(i).id();
                String to = path.get(i + 1).id();
                if (edgeKeys.add("path:" + from + ">" + to)) {
                    edges.add(new MapEdge(from, to, "PATH"));
                }
            }
        }
        return new SubMap(width, height, List.copyOf(nodes.values()), edges);
    }

    private static boolean risky(Person p) {
        return p.stanceOrNeutral() == Stance.OPPOSED || p.competitorAligned();
    }

    public boolean knows(String personId) {
        return byId.containsKey(personId);
    }
}
