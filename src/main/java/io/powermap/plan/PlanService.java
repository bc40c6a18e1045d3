package io.powermap.plan;

import io.powermap.analysis.AnalysisRecords.Analysis;
import io.powermap.analysis.AnalysisRecords.Member;
import io.powermap.analysis.AnalysisRecords.Scores;
import io.powermap.analysis.AnalysisService;
import io.powermap.audit.AuditRepository;
import io.powermap.auth.Actor;
import io.powermap.domain.Dates;
import io.powermap.domain.Vocabulary.Stance;
import io.powermap.plan.PlanRecords.Progress;
import io.powermap.plan.PlanRecords.Stale;
import io.powermap.plan.PlanRecords.StaleMember;
import io.powermap.plan.PlanRecords.Status;
import io.powermap.plan.PlanRecords.Target;
import io.powermap.plan.PlanRecords.TargetInput;
import io.powermap.plan.PlanRecords.TargetWithProgress;
import io.powermap.plan.PlanRecords.Timeline;
import io.powermap.plan.PlanRecords.TimelineEntry;
import io.powermap.visit.VisitService;
import io.powermap.web.ApiException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The account plan: relationship targets whose progress is computed from the data (stances, coaches,
 * owners and contacts as the analysis sees them today), the timeline, and stale relationships.
 */
public final class PlanService {

    public static final int DEFAULT_SINCE_DAYS = 90;

    private final PlanRepository repository;
    private final AnalysisService analysis;
    private final AuditRepository audit;
    private final VisitService visits;
    private final Clock clock;

    public PlanService(PlanRepository repository, AnalysisService analysis, AuditRepository audit, VisitService visits, Clock clock) {
        this.repository = repository;
        this.analysis = analysis;
        this.audit = audit;
        this.visits = visits;
        this.clock = clock;
    }

    public List<TargetWithProgress> list(String accountId) {
        Map<String, Analysis> byOpportunity = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        return repository.list(accountId).stream()
                .map(t -> new TargetWithProgress(t, progress(accountId, t, byOpportunity, today))).toList();
    }

    public TargetWithProgress get(String accountId, String id) {
        Target t = repository.get(accountId, id).orElseThrow(() -> ApiException.notFound("target", id));
        return new TargetWithProgress(t, progress(accountId, t, new HashMap<>(), LocalDate.now(clock)));
    }

    public TargetWithProgress create(String accountId, TargetInput in, Actor actor) {
        in.check().orThrow();
        Target t = repository.create(accountId, in, actor);
        return new TargetWithProgress(t, progress(accountId, t, new HashMap<>(), LocalDate.now(clock)));
    }

    public TargetWithProgress update(String accountId, String id, TargetInput in, Actor actor) {
        in.check().required("version", in.version()).orThrow();
        Target t = repository.update(accountId, id, in, actor);
        return new TargetWithProgress(t, progress(accountId, t, new HashMap<>(), LocalDate.now(clock)));
    }

    public void delete(String accountId, String id, long version, Actor actor) {
        repository.delete(accountId, id, version, actor);
    }

    /** The last day of a year ({@code 2026}) or a quarter ({@code 2026-Q4}). */
    static LocalDate periodEnd(String period) {
        Matcher m = PlanRecords.PERIOD.matcher(period);
        if (!m.matches()) {
            throw new IllegalArgumentException(period);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return LocalDate.of(year, 12, 31);
        }
        int q = Integer.parseInt(m.group(2));
        LocalDate start = LocalDate.of(year, 3 * q - 2, 1);
        return start.plusMonths(3).minusDays(1);
    }

    Progress progress(String accountId, Target t, Map<String, Analysis> cache, LocalDate today) {
        String key = t.opportunityId() == null ? "" : t.opportunityId();
        Analysis a = cache.computeIfAbsent(key, k -> analysis.analyse(accountId, t.opportunityId()));
        LocalDate end = periodEnd(t.period());
        String current;
        String goal;
        double ratio;
        List<String> missing = new ArrayList<>();
        String summary;
        switch (t.kind()) {
            case PERSON_STANCE -> {
                goal = t.stance().name();
                Optional<Scores> person = t.personId() == null ? Optional.empty()
                        : a.people().stream().filter(s -> s.id().equals(t.personId())).findFirst();
                Stance now = person.map(Scores::stance).orElse(null);
                current = now == null ? null : now.name();
                ratio = now == null ? 0 : t.stance().ordinal() == 0 ? 1 : Math.min(1, now.ordinal() / (double) t.stance().ordinal());
                summary = person.isEmpty() ? "The person of this target no longer exists."
                        : person.get().name() + " is " + now.name().toLowerCase() + "; the target is " + goal.toLowerCase() + " or better.";
            }
            case COACH_COUNT -> {
                int coaches = a.coverage().coachCount();
                current = String.valueOf(coaches);
                goal = "≥ " + t.minimum();
                ratio = Math.min(1, coaches / (double) t.minimum());
                summary = coaches + " coach" + (coaches == 1 ? "" : "es") + " now"
                        + (a.coaches().isEmpty() ? "" : " (" + String.join(", ", a.coaches().stream().map(c -> c.name()).toList()) + ")")
                        + "; the target is " + t.minimum() + ".";
            }
            case FIRST_OWNER -> {
                List<Member> members = a.coverage().members();
                members.stream().filter(m -> m.firstOwner() == null).forEach(m -> missing.add(m.name()));
                int covered = members.size() - missing.size();
                current = covered + "/" + members.size();
                goal = members.size() + "/" + members.size();
                ratio = members.isEmpty() ? 1 : covered / (double) members.size();
                summary = missing.isEmpty() ? "Every decision-chain member has a first owner."
                        : missing.size() + " decision-chain member" + (missing.size() == 1 ? " has" : "s have") + " no first owner.";
            }
            case RECENT_CONTACT -> {
                List<Member> members = a.coverage().members();
                members.stream().filter(m -> m.daysSinceContact() == null || m.daysSinceContact() > t.minimum())
                        .forEach(m -> missing.add(m.name()));
                int covered = members.size() - missing.size();
                current = covered + "/" + members.size();
                goal = members.size() + "/" + members.size() + " within " + t.minimum() + " days";
                ratio = members.isEmpty() ? 1 : covered / (double) members.size();
                summary = missing.isEmpty() ? "Every decision-chain member was contacted within " + t.minimum() + " days."
                        : missing.size() + " decision-chain member" + (missing.size() == 1 ? "" : "s") + " not contacted within " + t.minimum() + " days.";
            }
            default -> throw new IllegalStateException(String.valueOf(t.kind()));
        }
        boolean met = ratio >= 1.0;
        Status status = met ? Status.MET : today.isAfter(end) ? Status.MISSED : Status.OPEN;
        return new Progress(current, goal, ratio, met, status, end, missing, summary);
    }

    /**
     * Interactions and audit-log changes since a day or instant, newest first. Without {@code since}:
     * since our last visit (a DONE visit plan or a VISIT interaction), else the last 90 days.
     */
    public Timeline timeline(String accountId, String sinceRaw, int limit) {
        Instant since;
        String source;
        if (sinceRaw != null && !sinceRaw.isBlank()) {
            since = Dates.since(sinceRaw, "since");
            source = "query";
        } else {
            Optional<LocalDate> last = visits.lastVisit(accountId);
            source = last.isPresent() ? "lastVisit" : "default";
            since = last.orElse(LocalDate.now(clock).minusDays(DEFAULT_SINCE_DAYS)).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        String sinceDate = since.atZone(ZoneOffset.UTC).toLocalDate().toString();
        List<TimelineEntry> entries = new ArrayList<>();
        for (Map<String, Object> i : repository.interactions(accountId, sinceDate, limit)) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> people = (List<Map<String, Object>>) i.get("people");
            @SuppressWarnings("unchecked")
            List<String> staff = (List<String>) i.get("staff");
            entries.add(new TimelineEntry((String) i.get("date"), "INTERACTION", (String) i.get("kind"), (String) i.get("summary"),
                    null, "Interaction", (String) i.get("id"), people.stream().map(p -> (String) p.get("name")).toList(),
                    staff, null, null));
        }
        for (AuditRepository.Change c : audit.since(accountId, since.toString(), 0, limit)) {
            entries.add(new TimelineEntry(c.at(), "CHANGE", c.action(), c.action().charAt(0) + c.action().substring(1).toLowerCase()
                    + " " + c.entityType() + (c.entityName() == null ? "" : ": " + c.entityName()), c.actor(), c.entityType(),
                    c.entityId(), List.of(), List.of(), c.before(), c.after()));
        }
        entries.sort(Comparator.comparing((TimelineEntry e) -> instant(e.at())).reversed().thenComparing(TimelineEntry::type));
        return new Timeline(accountId, since.toString(), source, limit, entries.subList(0, Math.min(limit, entries.size())));
    }

    /**
     * An entry's day or instant, for sorting: never fails, whatever was stored (a date written with a
     * sign, {@code +10000-01-01}, before the year range was checked, sorts as that date; text that is
     * neither sorts last).
     */
    static Instant instant(String at) {
        try {
            return Instant.parse(at);
        } catch (RuntimeException notInstant) {
            try {
                return LocalDate.parse(at).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (RuntimeException neither) {
                return Instant.MIN;
            }
        }
    }

    /** Decision-chain members with no interaction (or staff contact) in the last {@code days} days, longest first. */
    public Stale stale(String accountId, String opportunityId, int days) {
        Analysis a = analysis.analyse(accountId, opportunityId);
        List<StaleMember> members = a.coverage().members().stream()
                .filter(m -> m.daysSinceContact() == null || m.daysSinceContact() > days)
                .map(m -> new StaleMember(m.personId(), m.name(), m.decisionRole(), m.stance(), m.firstOwner(), m.lastContact(), m.daysSinceContact()))
                .sorted(Comparator.comparing((StaleMember m) -> m.daysSinceContact() == null ? Long.MAX_VALUE : m.daysSinceContact()).reversed()
                        .thenComparing(StaleMember::personId))
                .toList();
        return new Stale(accountId, opportunityId, days, members);
    }
}
