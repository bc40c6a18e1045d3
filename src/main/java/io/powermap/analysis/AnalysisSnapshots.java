package io.powermap.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.audit.ChangeLog;
import io.powermap.audit.Snapshots;
import io.powermap.web.ApiException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The analysis subgraph per account and opportunity, kept in memory with the state it reflects and brought up
 * to a newer state by re-reading only the people's rows the change log says changed since (AnalysisService).
 *
 * <p>A patch is only made when the log since the snapshot is exact ({@link ChangeLog#after}) and every entry
 * is of a kind whose reach is known: a person created, updated or deleted changes that person's row (a person
 * update sets only their own properties, memberships and line; an erasure is not one: it rewrites other
 * people's titles); a deleted person also leaves the rows whose ties or line point to them; a tie created,
 * updated or deleted changes the row of its {@code from} person (a tie's ends never change; the entry's JSON
 * carries them). Actions, visit plans, plan targets and memberships write only their own nodes and links,
 * none of which the subgraph reads, so they are skipped. Anything else (orgs, competitors, alignments,
 * interactions, opportunities and their roles, knows, owns, staff, team, imports, erasures) reaches into many
 * rows: a full load. None of the patched kinds writes an org's row, so orgs stay as they are; a deleted person
 * only leaves the staff's knows, dropped here (reading orgs and staff again would be two more queries, measured
 * as long as the changed people's rows together at 2,000 people). The patched graph equals a fresh load: rows are read by the same query and kept in
 * the same order.
 */
final class AnalysisSnapshots {

    /**
     * People plus ties kept in all: 4 accounts of 2,000 people / 20,000 ties (a snapshot of that size measured
     * 3.8 MB of heap), or about 30 of 300 / 3,000.
     */
    static final long BUDGET = 100_000;
    private static final Set<String> SKIPPED = Set.of("Action", "VisitPlan", "PlanTarget", "Member");
    private static final Set<String> EDITS = Set.of("CREATE", "UPDATE", "DELETE");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AnalysisRepository repository;
    private final Snapshots<AccountGraph> snapshots = new Snapshots<>(BUDGET, AnalysisSnapshots::weight);

    AnalysisSnapshots(AnalysisRepository repository) {
        this.repository = repository;
    }

    /** The subgraph as of {@code state} or newer. */
    AccountGraph graph(String accountId, String opportunityId, long state) {
        return snapshots.get(accountId + "|" + opportunityId, state, new Snapshots.Source<>() {
            @Override
            public Snapshots.Tagged<AccountGraph> readAll() {
                return repository.loadTagged(accountId, opportunityId).orElseThrow(() -> ApiException.notFound("account", accountId));
            }

            @Override
            public Snapshots.Tagged<AccountGraph> patch(Snapshots.Tagged<AccountGraph> current, long wanted) {
                return AnalysisSnapshots.this.patch(accountId, opportunityId, current, wanted);
            }
        });
    }

    /** How many requests were answered by a patch and by a full load (for tests). */
    long[] counts() {
        return snapshots.counts();
    }

    private Snapshots.Tagged<AccountGraph> patch(String accountId, String opportunityId, Snapshots.Tagged<AccountGraph> t,
                                                 long state) {
        List<ChangeLog.Entry> log = repository.changesAfter(accountId, t.at(), state).orElse(null);
        if (log == null) {
            return null;
        }
        Set<String> changed = new HashSet<>();
        Set<String> deleted = new HashSet<>();
        for (ChangeLog.Entry c : log) {
            if (SKIPPED.contains(c.entityType())) {
                continue;
            }
            if (c.entityId() == null || !EDITS.contains(c.action())) {
                return null;
            }
            String person = switch (c.entityType()) {
                case "Person" -> c.entityId();
                case "Influence" -> from(c);
                default -> null;
            };
            if (person == null) {
                return null;
            }
            changed.add(person);
            if (c.entityType().equals("Person") && c.action().equals("DELETE")) {
                deleted.add(person);
            }
        }
        AccountGraph old = t.value();
        ChangeLog.Position at = ChangeLog.end(t.at(), log);
        if (changed.isEmpty()) {
            return new Snapshots.Tagged<>(at, old);
        }
        if (!deleted.isEmpty()) {
            for (AccountGraph.Person p : old.people()) {
                if (deleted.contains(p.reportsTo()) || p.ties().stream().anyMatch(tie -> deleted.contains(tie.to()))) {
                    changed.add(p.id());
                }
            }
        }
        List<AccountGraph.Person> fresh = repository.loadPeople(accountId, opportunityId, changed);
        List<AccountGraph.Person> people = new ArrayList<>(old.people().size() + fresh.size());
        for (AccountGraph.Person p : old.people()) {
            if (!changed.contains(p.id())) {
                people.add(p);
            }
        }
        people.addAll(fresh);
        people.sort(Comparator.comparing(AccountGraph.Person::id));
        return new Snapshots.Tagged<>(at, new AccountGraph(List.copyOf(people), old.orgs(), withoutKnown(old.staff(), deleted)));
    }

    /** The staff rows without whom they knew among the deleted people (a deletion detaches them); the rest as it was. */
    private static List<AccountGraph.Staff> withoutKnown(List<AccountGraph.Staff> staff, Set<String> deleted) {
        if (deleted.isEmpty()) {
            return staff;
        }
        return staff.stream().map(s -> s.knows().stream().noneMatch(k -> deleted.contains(k.personId())) ? s
                : new AccountGraph.Staff(s.id(), s.name(), s.title(), s.rank(),
                        s.knows().stream().filter(k -> !deleted.contains(k.personId())).toList())).toList();
    }

    /** The tie's {@code from} person as its entry recorded it (after, or before for a deletion); null if not there. */
    private static String from(ChangeLog.Entry c) {
        String json = c.after() != null ? c.after() : c.before();
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json).path("from").textValue();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static long weight(AccountGraph graph) {
        long w = graph.people().size();
        for (AccountGraph.Person p : graph.people()) {
            w += p.ties().size();
        }
        return w;
    }
}
