package io.powermap.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.powermap.domain.Vocabulary.ActionKind;
import io.powermap.domain.Vocabulary.ActionStatus;
import io.powermap.domain.Vocabulary.ComplianceRisk;
import io.powermap.domain.Vocabulary.CriterionCategory;
import io.powermap.domain.Vocabulary.CustomerClass;
import io.powermap.domain.Vocabulary.DecisionRole;
import io.powermap.domain.Vocabulary.ExtensiveLevel;
import io.powermap.domain.Vocabulary.InfluenceKind;
import io.powermap.domain.Vocabulary.InteractionKind;
import io.powermap.domain.Vocabulary.OpportunityStage;
import io.powermap.domain.Vocabulary.OrgKind;
import io.powermap.domain.Vocabulary.OrgLevel;
import io.powermap.domain.Vocabulary.OwnerPriority;
import io.powermap.domain.Vocabulary.Rank;
import io.powermap.domain.Vocabulary.Stance;
import io.powermap.domain.Vocabulary.VisitStatus;
import io.powermap.plan.PlanRecords.TargetKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The {@code powermap/1} interchange document (docs/FORMAT.md): one whole account. Ids are
 * references within the file. Lists are never null after construction.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AccountDocument(
        String format,
        Instant exportedAt,
        AccountData account,
        List<OrgData> orgs,
        List<PersonData> people,
        List<InfluenceData> influences,
        List<StaffData> staff,
        List<KnowsData> knows,
        List<OwnsData> owns,
        List<CompetitorData> competitors,
        List<AlignmentData> alignments,
        List<OpportunityData> opportunities,
        List<InteractionData> interactions,
        List<ActionData> actions,
        List<VisitData> visits,
        List<TargetData> targets) {

    public static final String FORMAT = "powermap/1";

    public AccountDocument {
        orgs = list(orgs);
        people = list(people);
        influences = list(influences);
        staff = list(staff);
        knows = list(knows);
        owns = list(owns);
        competitors = list(competitors);
        alignments = list(alignments);
        opportunities = list(opportunities);
        interactions = list(interactions);
        actions = list(actions);
        visits = list(visits);
        targets = list(targets);
    }

    static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    public record AccountData(String id, String name, CustomerClass customerClass, OrgLevel orgLevel, String notes) {
        public AccountData {
            customerClass = customerClass == null ? CustomerClass.B : customerClass;
            orgLevel = orgLevel == null ? OrgLevel.VENDOR : orgLevel;
        }
    }

    public record OrgData(String id, String name, OrgKind kind, String parentId, ExtensiveLevel extensiveLevel) {
        public OrgData {
            kind = kind == null ? OrgKind.OTHER : kind;
        }
    }

    public record StanceEntry(Stance stance, Instant at, String by, String note) {}

    public record Needs(List<String> professional, List<String> personal) {
        public Needs {
            professional = list(professional);
            personal = list(personal);
        }

        public static final Needs NONE = new Needs(List.of(), List.of());
    }

    public record Criterion(CriterionCategory category, String note) {}

    public record PersonData(
            String id, String name, String title, Rank rank, List<String> orgIds, Map<String, String> orgRoles,
            String reportsTo, DecisionRole decisionRole, Stance stance, List<StanceEntry> stanceHistory,
            Boolean risingStar, Boolean onOrgChart, Needs needs, List<Criterion> criteria, String notes,
            List<String> tags) {
        public PersonData {
            rank = rank == null ? Rank.STAFF : rank;
            orgIds = list(orgIds);
            orgRoles = orgRoles == null ? Map.of() : orgRoles;
            stance = stance == null ? Stance.NEUTRAL : stance;
            stanceHistory = list(stanceHistory);
            risingStar = risingStar != null && risingStar;
            onOrgChart = onOrgChart == null || onOrgChart;
            needs = needs == null ? Needs.NONE : needs;
            criteria = list(criteria);
            tags = list(tags);
        }
    }

    public record InfluenceData(String from, String to, InfluenceKind kind, Integer strength, Double confidence,
                                String source, LocalDate since) {
        public InfluenceData {
            kind = kind == null ? InfluenceKind.OTHER : kind;
            confidence = confidence == null ? 1.0 : confidence;
        }
    }

    public record StaffData(String id, String name, String title, Rank rank, String email) {
        public StaffData {
            rank = rank == null ? Rank.STAFF : rank;
        }
    }

    public record KnowsData(String staffId, String personId, Integer strength, LocalDate lastContact) {}

    public record OwnsData(String staffId, String targetId, OwnerPriority priority) {
        public OwnsData {
            priority = priority == null ? OwnerPriority.FIRST : priority;
        }
    }

    public record CompetitorData(String id, String name) {}

    public record AlignmentData(String personId, String competitorId, Integer strength) {}

    public record RoleData(String personId, DecisionRole decisionRole, Boolean hidden) {
        public RoleData {
            hidden = hidden != null && hidden;
        }
    }

    public record OpportunityData(String id, String name, OpportunityStage stage, Double value, String currency,
                                  LocalDate closeDate, List<RoleData> roles) {
        public OpportunityData {
            stage = stage == null ? OpportunityStage.LEAD : stage;
            roles = list(roles);
        }
    }

    public record InteractionData(String id, LocalDate date, InteractionKind kind, String summary,
                                  List<String> personIds, List<String> staffIds) {
        public InteractionData {
            kind = kind == null ? InteractionKind.MEETING : kind;
            personIds = list(personIds);
            staffIds = list(staffIds);
        }
    }

    public record ActionData(String id, ActionKind kind, String title, LocalDate due, ActionStatus status,
                             ComplianceRisk complianceRisk, String approvedBy, String personId,
                             String ownerStaffId, String notes,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String visitId) {
        public ActionData {
            kind = kind == null ? ActionKind.OTHER : kind;
            status = status == null ? ActionStatus.PLANNED : status;
            complianceRisk = complianceRisk == null ? ComplianceRisk.NONE : complianceRisk;
        }
    }

    public record VisitData(String id, LocalDate date, VisitStatus status, String objective, String opportunityId,
                            List<String> staffIds, List<String> targetIds) {
        public VisitData {
            status = status == null ? VisitStatus.DRAFT : status;
            staffIds = list(staffIds);
            targetIds = list(targetIds);
        }
    }

    /**
     * A relationship target of the account plan (docs/ANALYTICS.md, "Account plan"). Its progress is
     * computed from the data, so only the goal travels.
     */
    public record TargetData(String id, String period, TargetKind kind, String personId, Stance stance,
                             Integer minimum, String opportunityId, String note) {}
}
