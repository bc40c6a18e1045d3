package io.powermap.domain;

/**
 * The closed vocabularies of DESIGN.md sections 1–2. Declaration order is the scale's order where
 * one exists (stance, org level, extensive level, rank from most to least senior).
 */
public final class Vocabulary {

    private Vocabulary() {}

    public enum CustomerClass { A, B, C, D, V, X }

    public enum OrgLevel { VENDOR, SUPPLIER, STRATEGIC_SUPPLIER, PARTNER }

    public enum ExtensiveLevel { POOR, FAIR, GOOD, EXCELLENT }

    public enum OrgKind { GROUP, COMPANY, SUBSIDIARY, DEPARTMENT, BOARD, COMMITTEE, REGULATOR, GOVERNMENT, PARTNER, OTHER }

    /** Most senior first; EXTERNAL people hold no formal power in the customer's hierarchy. */
    public enum Rank {
        BOARD, C_LEVEL, VP, DIRECTOR, MANAGER, STAFF, EXTERNAL;

        /** 6 for BOARD down to 1 for STAFF, 0 for EXTERNAL. */
        public int seniority() {
            return this == EXTERNAL ? 0 : 6 - ordinal();
        }
    }

    public enum DecisionRole {
        APPROVER, DECISION_MAKER, EVALUATOR, INFLUENCER, USER, GATEKEEPER;

        /** Teleport weight of the decision-influence PageRank (DESIGN.md section 3). */
        public double seedWeight() {
            return switch (this) {
                case APPROVER -> 3;
                case DECISION_MAKER -> 2;
                case EVALUATOR -> 1;
                default -> 0;
            };
        }

        public boolean decides() {
            return this == APPROVER || this == DECISION_MAKER;
        }
    }

    public enum Stance {
        OPPOSED, NEUTRAL, FAVORABLE, SUPPORTIVE, CHAMPION;

        public boolean atLeast(Stance other) {
            return compareTo(other) >= 0;
        }
    }

    public enum InfluenceKind { ADVICE, TRUST, FAMILY, FRIEND, EX_COLLEAGUE, ALUMNI, POLITICAL, OWNERSHIP, OTHER }

    public enum CriterionCategory { RELATIONSHIP, ECONOMY, TIME, IMAGE, QUALITY, GUIDANCE, CUSTOMER_GROUP, POLITICS }

    public enum OwnerPriority { FIRST, SECOND }

    public enum OpportunityStage { LEAD, QUALIFIED, PROPOSAL, NEGOTIATION, WON, LOST }

    public enum InteractionKind { MEETING, CALL, VISIT, EVENT, EMAIL }

    public enum ActionKind {
        WORKSHOP, SITE_VISIT, TRAINING, JOINT_PAPER, EVENT, MEETING, GIFT, FAVOR, HOSPITALITY, OTHER;

        /** Anti-bribery: these need a recorded risk level and an approver, and are never suggested. */
        public boolean complianceSensitive() {
            return this == GIFT || this == FAVOR || this == HOSPITALITY;
        }
    }

    public enum ActionStatus { PLANNED, IN_PROGRESS, DONE, CANCELLED }

    public enum ComplianceRisk { NONE, LOW, HIGH }

    public enum VisitStatus { DRAFT, PLANNED, DONE, CANCELLED }
}
