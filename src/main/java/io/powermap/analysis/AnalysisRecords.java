package io.powermap.analysis;

import io.powermap.domain.Vocabulary.DecisionRole;
import io.powermap.domain.Vocabulary.InfluenceKind;
import io.powermap.domain.Vocabulary.Rank;
import io.powermap.domain.Vocabulary.Stance;
import io.powermap.i18n.Reason;

import java.util.List;

/**
 * The analysis response: scores per person, and each finding with its evidence. Each finding's {@code why}
 * is its explanation as data (clauses the UI says in the user's language); {@code reason} is the same in
 * English for API clients.
 */
public final class AnalysisRecords {

    private AnalysisRecords() {}

    public record Scores(String id, String name, String externalId, DecisionRole decisionRole, Stance stance,
                         double pagerank, double decisionInfluence, double formalPower, double hiddenScore,
                         double betweenness, int community) {}

    /** One tie along an evidence path, in the direction of influence (from sways to). */
    public record EvidenceTie(String from, String to, String type, InfluenceKind kind, Integer strength,
                              Double confidence, String source) {}

    public record Evidence(List<String> nodes, List<String> names, List<EvidenceTie> ties, double strength) {}

    public record Hidden(String personId, String name, double score, double decisionInfluencePercentile,
                         double formalPowerPercentile, String reason, List<Reason> why, List<Evidence> evidence) {}

    public record Broker(String personId, String name, double betweenness, List<String> bridges, String reason,
                         List<Reason> why) {}

    public record PersonRef(String id, String name) {}

    public record Coach(String personId, String name, Stance stance, double access, double score,
                        List<PersonRef> reaches, String reason, List<Reason> why) {}

    public record Blocker(String personId, String name, Stance stance, List<String> competitors,
                          double decisionInfluence, List<String> sways, String reason, List<Reason> why) {}

    public record Member(String personId, String name, DecisionRole decisionRole, boolean hiddenRole, Stance stance,
                         Rank rank, List<String> owners, String firstOwner, String lastContact,
                         Long daysSinceContact) {}

    public record RedFlag(String code, String personId, String message, List<Reason> why) {}

    public record WeakOrg(String orgId, String name, String extensiveLevel, double meanStance, int members) {}

    public record Coverage(List<Member> members, List<RedFlag> redFlags, WeakOrg weakestOrg, int coachCount) {}

    /**
     * A community, named for the map: its most listened-to member (highest PageRank) and the org most of its
     * members belong to first (null when none has an org).
     */
    public record Community(int community, int size, String hubId, String hubName, String orgId, String orgName) {}

    public record Analysis(String accountId, String opportunityId, boolean seeded, List<Scores> people,
                           List<Hidden> hidden, List<Broker> brokers, List<Coach> coaches,
                           List<Coach> coachCandidates, List<Blocker> blockers, Coverage coverage,
                           List<Community> communities) {}

    public record PathNode(String id, String name, String type, Stance stance, boolean risky) {}

    public record WarmPath(List<PathNode> nodes, double cost, boolean risky) {}

    public record Paths(String from, String to, int k, List<WarmPath> paths) {}
}
