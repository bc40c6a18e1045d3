package io.powermap.graph;

import io.powermap.audit.ChangeLog;
import io.powermap.audit.Snapshots;
import io.powermap.db.Database;
import io.powermap.db.Queries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the rows of an account's map (people, formal lines, influence ties, orgs), each read in one transaction. */
public final class GraphRepository {

    public record Rows(List<Map<String, Object>> people, List<Map<String, Object>> reportsTo,
                       List<Map<String, Object>> influences, List<Map<String, Object>> orgs) {}

    private final Database db;
    private final String people;
    private final String reportsTo;
    private final String influences;
    private final String orgs;
    private final String peopleCount;
    private final String state;
    private final String lodBase;
    private final String influencesAmong;
    private final String reportsToAmong;
    private final ChangeLog changeLog;
    private final String reportsToOf;
    private final String influencesOf;
    private final String influencesById;

    public GraphRepository(Database db, Queries q) {
        this.db = db;
        this.people = q.get("graph/people");
        this.reportsTo = q.get("graph/reports-to");
        this.influences = q.get("graph/influences");
        this.orgs = q.get("graph/orgs");
        this.peopleCount = q.get("graph/people-count");
        this.state = q.get("graph/state");
        this.lodBase = q.get("graph/lod-base");
        this.influencesAmong = q.get("graph/influences-among");
        this.reportsToAmong = q.get("graph/reports-to-among");
        this.changeLog = new ChangeLog(q);
        this.reportsToOf = q.get("graph/reports-to-of");
        this.influencesOf = q.get("graph/influences-of");
        this.influencesById = q.get("graph/influences-by-id");
    }

    public Rows read(String accountId, String opportunityId, LocalDate today, boolean formal, boolean informal) {
        Map<String, Object> p = params(accountId, opportunityId, null, today);
        return db.read(tx -> new Rows(
                tx.run(people, p).list(r -> r.get("row").asMap()),
                formal ? tx.run(reportsTo, p).list(r -> r.get("row").asMap()) : List.of(),
                informal ? tx.run(influences, p).list(r -> r.get("row").asMap()) : List.of(),
                tx.run(orgs, p).list(r -> r.get("row").asMap())));
    }

    /**
     * Every row (both kinds of lines) with the state they reflect, read first in the same transaction, so the
     * rows are of that state or newer. Empty when the account is not visible.
     */
    public Optional<Snapshots.Tagged<Rows>> readAll(String accountId, String opportunityId, LocalDate today) {
        Map<String, Object> p = params(accountId, opportunityId, null, today);
        return db.read(tx -> changeLog.position(tx, accountId).map(at -> new Snapshots.Tagged<>(at, new Rows(
                tx.run(people, p).list(r -> r.get("row").asMap()),
                tx.run(reportsTo, p).list(r -> r.get("row").asMap()),
                tx.run(influences, p).list(r -> r.get("row").asMap()),
                tx.run(orgs, p).list(r -> r.get("row").asMap())))));
    }

    /** The account's changes after {@code from}, when they are exactly the log up to {@code atLeast} or newer ({@link ChangeLog#after}). */
    public Optional<List<ChangeLog.Entry>> changesAfter(String accountId, ChangeLog.Position from, long atLeast) {
        return db.read(tx -> changeLog.after(tx, accountId, from, atLeast));
    }

    /**
     * The current rows of the given people, every line and tie from or to them and the given ties (a tie may come
     * twice: incident and by id), unsorted but for the people; all orgs only when people are given (their
     * memberships count in the org rows), else {@code orgs} is null.
     */
    public Rows readChanged(String accountId, String opportunityId, LocalDate today, Collection<String> personIds,
                            Collection<String> tieIds) {
        Map<String, Object> p = params(accountId, opportunityId, List.copyOf(personIds), today);
        p.put("tieIds", List.copyOf(tieIds));
        return db.read(tx -> {
            List<Map<String, Object>> ties = new ArrayList<>();
            if (!personIds.isEmpty()) {
                ties.addAll(tx.run(influencesOf, p).list(r -> r.get("row").asMap()));
            }
            if (!tieIds.isEmpty()) {
                ties.addAll(tx.run(influencesById, p).list(r -> r.get("row").asMap()));
            }
            return new Rows(
                    personIds.isEmpty() ? List.of() : tx.run(people, p).list(r -> r.get("row").asMap()),
                    personIds.isEmpty() ? List.of() : tx.run(reportsToOf, p).list(r -> r.get("row").asMap()),
                    ties,
                    personIds.isEmpty() ? null : tx.run(orgs, p).list(r -> r.get("row").asMap()));
        });
    }

    /** The rows of only the given people and the lines and ties among them (a level-of-detail view's open part). */
    public Rows readAmong(String accountId, String opportunityId, LocalDate today, List<String> personIds, boolean formal,
                          boolean informal) {
        Map<String, Object> p = params(accountId, opportunityId, personIds, today);
        return db.read(tx -> new Rows(
                personIds.isEmpty() ? List.of() : tx.run(people, p).list(r -> r.get("row").asMap()),
                formal && !personIds.isEmpty() ? tx.run(reportsToAmong, p).list(r -> r.get("row").asMap()) : List.of(),
                informal && !personIds.isEmpty() ? tx.run(influencesAmong, p).list(r -> r.get("row").asMap()) : List.of(),
                tx.run(orgs, p).list(r -> r.get("row").asMap())));
    }

    public long peopleCount(String accountId) {
        return db.read(tx -> tx.run(peopleCount, Map.of("accountId", accountId)).single().get("people").asLong());
    }

    /** The account's change counter, and whether the opportunity (null: none asked) is one of its deals. */
    public record State(long changes, boolean opportunityFound) {}

    /**
     * The account's change counter: changes whenever anything of the account is written (empty when the account
     * is not visible).
     */
    public Optional<State> state(String accountId, String opportunityId) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("opportunityId", opportunityId);
        return db.read(tx -> tx.run(state, p).list(r -> new State(r.get("state").asLong(), r.get("opportunityFound").asBoolean()))
                .stream().findFirst());
    }

    /** Everything the level-of-detail view is computed from, as compact arrays. */
    public LevelOfDetail.Base lodBase(String accountId) {
        Map<String, Object> p = params(accountId, null, null, null);
        return db.read(tx -> LevelOfDetail.Base.of(
                tx.run(lodBase, p).list(r -> r.asMap()),
                tx.run(orgs, p).list(r -> r.get("row").asMap())));
    }

    /** {@code today}: the day a last contact must be on or before (people's rows: graph/people). */
    private static Map<String, Object> params(String accountId, String opportunityId, List<String> personIds, LocalDate today) {
        Map<String, Object> p = new HashMap<>();
        p.put("today", today);
        p.put("accountId", accountId);
        p.put("opportunityId", opportunityId);
        p.put("personIds", personIds);
        return p;
    }
}
