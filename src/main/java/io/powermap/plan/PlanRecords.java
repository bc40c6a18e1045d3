package io.powermap.plan;

import io.powermap.domain.Check;
import io.powermap.domain.Vocabulary.DecisionRole;
import io.powermap.domain.Vocabulary.Stance;
import io.powermap.io.AccountDocument.TargetData;
import io.powermap.io.DocumentValidator;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** The account plan's relationship targets, the timeline and stale relationships. */
public final class PlanRecords {

    private PlanRecords() {}

    public static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");

    /**
     * What a relationship target asks for. PERSON_STANCE: {@code personId} at {@code stance} or better.
     * COACH_COUNT: at least {@code minimum} coaches (for {@code opportunityId}, or the account's chain).
     * FIRST_OWNER: every decision-chain member has a FIRST owner on our side.
     * RECENT_CONTACT: every decision-chain member contacted within {@code minimum} days.
     */
    public enum TargetKind { PERSON_STANCE, COACH_COUNT, FIRST_OWNER, RECENT_CONTACT }

    public enum Status { MET, OPEN, MISSED }

    /** {@code period} is a year ({@code 2026}: annual) or a quarter ({@code 2026-Q4}: quarterly). */
    public record TargetInput(String period, TargetKind kind, String personId, Stance stance, Integer minimum,
                              String opportunityId, String note, Long version) {

        public Check check() {
            Check c = new Check();
            DocumentValidator.validateTarget(c, "", new TargetData(null, period, kind, personId, stance, minimum, opportunityId, note));
            if (opportunityId != null) {
                c.id("opportunityId", opportunityId);
            }
            if (kind == TargetKind.PERSON_STANCE && personId != null) {
                c.id("personId", personId);
            }
            return c;
        }
    }

    public record Target(String id, String period, TargetKind kind, String personId, String personName, Stance stance,
                         Integer minimum, String opportunityId, String opportunityName, String note, long version) {}

    /** Computed from the data each time: never typed in. {@code ratio} is in [0, 1]. */
    public record Progress(String current, String goal, double ratio, boolean met, Status status, LocalDate periodEnd,
                           List<String> missing, String summary) {}

    public record TargetWithProgress(Target target, Progress progress) {}

    public record TimelineEntry(String at, String type, String kind, String title, String actor, String entityType,
                                String entityId, List<String> people, List<String> staff, String before, String after) {}

    public record Timeline(String accountId, String since, String sinceSource, int limit, List<TimelineEntry> entries) {}

    public record StaleMember(String personId, String name, DecisionRole decisionRole, Stance stance, String firstOwner,
                              String lastContact, Long daysSinceContact) {}

    public record Stale(String accountId, String opportunityId, int days, List<StaleMember> members) {}
}
