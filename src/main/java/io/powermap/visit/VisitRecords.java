package io.powermap.visit;

import io.powermap.analysis.AnalysisRecords.WarmPath;
import io.powermap.domain.Check;
import io.powermap.domain.Vocabulary.ActionKind;
import io.powermap.domain.Vocabulary.ActionStatus;
import io.powermap.domain.Vocabulary.ComplianceRisk;
import io.powermap.domain.Vocabulary.DecisionRole;
import io.powermap.domain.Vocabulary.Rank;
import io.powermap.domain.Vocabulary.Stance;
import io.powermap.domain.Vocabulary.VisitStatus;
import io.powermap.i18n.Reason;
import io.powermap.io.AccountDocument.ActionData;
import io.powermap.io.AccountDocument.Criterion;
import io.powermap.io.AccountDocument.Needs;
import io.powermap.io.DocumentValidator;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Request and response shapes of visit plans, their follow-up actions, proposals and the brief. */
public final class VisitRecords {

    private VisitRecords() {}

    /**
     * Create and full-update body. {@code staffIds} are our executives joining, in order (the first
     * leads); {@code targetIds} the people to meet, in order. Both are ids in this account.
     */
    public record VisitInput(LocalDate date, String objective, VisitStatus status, String opportunityId,
                             List<String> staffIds, List<String> targetIds, Long version) {
        public VisitInput {
            staffIds = staffIds == null ? List.of() : staffIds;
            targetIds = targetIds == null ? List.of() : targetIds;
            status = status == null ? VisitStatus.DRAFT : status;
        }

        public Check check() {
            Check c = new Check().required("date", date).text("objective", objective);
            if (opportunityId != null) {
                c.id("opportunityId", opportunityId);
            }
            ids(c, "staffIds", staffIds);
            ids(c, "targetIds", targetIds);
            return c;
        }
    }

    static void ids(Check c, String field, List<String> ids) {
        if (ids.size() > Check.LIST_MAX) {
            c.add(field, "has more than " + Check.LIST_MAX + " items");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            c.id(field + "[" + i + "]", id);
            if (id != null && !seen.add(id)) {
                c.add(field + "[" + i + "]", "'" + id + "' appears twice");
            }
        }
    }

    /**
     * A follow-up action: the {@code actions} shape of the interchange format. Owner and due date are
     * required here; GIFT, FAVOR and HOSPITALITY need a compliance risk and an approver.
     */
    public record ActionInput(ActionKind kind, String title, LocalDate due, ActionStatus status,
                              ComplianceRisk complianceRisk, String approvedBy, String personId,
                              String ownerStaffId, String notes, Long version) {

        public ActionData asData() {
            return new ActionData(null, kind, title, due, status, complianceRisk, approvedBy, personId, ownerStaffId, notes, null);
        }

        public Check check() {
            Check c = new Check().required("kind", kind).required("due", due);
            DocumentValidator.validateAction(c, "", asData());
            c.id("ownerStaffId", ownerStaffId);
            if (personId != null) {
                c.id("personId", personId);
            }
            return c;
        }
    }

    public record StaffRef(String id, String name, String title, Rank rank) {}

    public record TargetRef(String id, String name, String title, Rank rank, Stance stance, DecisionRole decisionRole) {}

    public record Action(String id, ActionKind kind, String title, String due, ActionStatus status,
                         ComplianceRisk complianceRisk, String approvedBy, String notes, String personId,
                         String personName, String ownerStaffId, String ownerName, long version) {}

    public record Visit(String id, String externalId, String date, VisitStatus status, String objective,
                        String opportunityId, String opportunityName, List<StaffRef> staff, List<TargetRef> targets,
                        List<Action> actions, long version) {}

    public record VisitSummary(String id, String externalId, String date, VisitStatus status, String objective,
                               String opportunityId, String opportunityName, List<String> staff, List<String> targets,
                               long version) {}

    /**
     * One person worth meeting, with the three factors of the score, the risks of meeting them
     * ({@code TARGET_OPPOSED}, {@code TARGET_ALIGNED}) and why: {@code why} as clauses for the UI,
     * {@code reason} the same in English.
     */
    public record Proposal(String personId, String name, String title, Rank rank, DecisionRole decisionRole,
                           Stance stance, double score, double influence, double stanceGap, double seniorityMatch,
                           String matchedWith, boolean hidden, boolean alreadyTarget, List<String> risks,
                           String reason, List<Reason> why) {}

    public record Proposals(String visitId, String opportunityId, List<Proposal> proposals) {}

    /** {@code name} is the person the risk is about; {@code detail} the competitors, where it matters. */
    public record Risk(String code, String personId, String name, String detail, String message) {}

    public record TalkingPoint(String source, String category, String text) {}

    /** An action kind Powermap suggests; never GIFT, FAVOR or HOSPITALITY (see {@link Planner#SUGGESTABLE}). */
    public record Suggestion(ActionKind kind, String because) {}

    public record StanceStep(Stance stance, String at, String by, String note) {}

    /** One of our relationship owners of a target, FIRST or SECOND (translated where it is shown). */
    public record OwnerRef(String name, String priority) {}

    public record TargetBrief(String personId, String name, String title, Rank rank, List<String> orgs,
                              DecisionRole decisionRole, boolean hiddenRole, Stance stance,
                              List<StanceStep> stanceHistory, Needs needs, List<Criterion> criteria,
                              List<OwnerRef> owners, List<String> competitors, String lastContact,
                              Long daysSinceContact, double decisionInfluence, String reason, List<Reason> why,
                              WarmPath path, List<Risk> risks,
                              List<TalkingPoint> talkingPoints, List<Suggestion> suggestions) {}

    /** {@code kind}: target, person, staff or cluster (an org drawn as one node of {@code count} people). */
    public record MapNode(String id, String name, String kind, Stance stance, boolean risky, double x, double y, int count) {
        public MapNode(String id, String name, String kind, Stance stance, boolean risky, double x, double y) {
            this(id, name, kind, stance, risky, x, y, 0);
        }
    }

    /** {@code kind}: INFLUENCES, REPORTS_TO, PATH, or AGGREGATE ({@code weight} ties between two clusters). */
    public record MapEdge(String from, String to, String kind, int weight) {
        public MapEdge(String from, String to, String kind) {
            this(from, to, kind, 1);
        }
    }

    /** The focused sub-map: the targets, their neighbourhood and the introduction paths, laid out. */
    public record SubMap(double width, double height, List<MapNode> nodes, List<MapEdge> edges) {}

    public record Brief(Visit visit, String generatedAt, List<TargetBrief> targets, SubMap map) {}
}
