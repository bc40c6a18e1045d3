package io.powermap.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.audit.ChangeLog;
import io.powermap.audit.Snapshots;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import io.powermap.domain.Vocabulary.DecisionRole;
import io.powermap.domain.Vocabulary.InfluenceKind;
import io.powermap.domain.Vocabulary.Rank;
import io.powermap.domain.Vocabulary.Stance;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Loads the account subgraph for the analytics (all of it, or only some people's rows), and the state their caches depend on. */
public final class AnalysisRepository {

    /** {@code changes}: the account's change counter. */
    public record State(boolean opportunityFound, long changes) {}

    private final Database db;
    private final ObjectMapper mapper;
    private final String subgraph;
    private final String orgs;
    private final String staffTies;
    private final String state;
    private final ChangeLog changeLog;

    public AnalysisRepository(Database db, Queries q, ObjectMapper mapper) {
        this.db = db;
        this.mapper = mapper;
        this.subgraph = q.get("analysis/subgraph");
        this.orgs = q.get("analysis/orgs");
        this.staffTies = q.get("analysis/staff-ties");
        this.state = q.get("analysis/state");
        this.changeLog = new ChangeLog(q);
    }

    /** Empty when the account does not exist. */
    public Optional<State> state(String accountId, String opportunityId) {
        return db.read(tx -> tx.run(state, params(accountId, opportunityId, null)).list().stream().findFirst().map((Record r) ->
                new State(r.get("opportunityFound").asBoolean(), r.get("changes").asLong())));
    }

    public AccountGraph load(String accountId, String opportunityId) {
        return db.read(tx -> graph(tx, params(accountId, opportunityId, null)));
    }

    /**
     * The whole subgraph with where the change log stands, read first in the same transaction, so the graph is
     * of that state or newer. Empty when the account is not visible.
     */
    public Optional<Snapshots.Tagged<AccountGraph>> loadTagged(String accountId, String opportunityId) {
        return db.read(tx -> changeLog.position(tx, accountId)
                .map(at -> new Snapshots.Tagged<>(at, graph(tx, params(accountId, opportunityId, null)))));
    }

    /** The account's changes after {@code from}, when they are exactly the log up to {@code atLeast} or newer ({@link ChangeLog#after}). */
    public Optional<List<ChangeLog.Entry>> changesAfter(String accountId, ChangeLog.Position from, long atLeast) {
        return db.read(tx -> changeLog.after(tx, accountId, from, atLeast));
    }

    /** The current rows of only the given people, those that still exist, as {@link #load} reads them (unsorted). */
    public List<AccountGraph.Person> loadPeople(String accountId, String opportunityId, Collection<String> personIds) {
        return db.read(tx -> tx.run(subgraph, params(accountId, opportunityId, List.copyOf(personIds))).list(AnalysisRepository::person));
    }

    private AccountGraph graph(TransactionContext tx, Map<String, Object> p) {
        return new AccountGraph(
                tx.run(subgraph, p).list(AnalysisRepository::person).stream()
                        .sorted(Comparator.comparing(AccountGraph.Person::id)).toList(),
                List.copyOf(tx.run(orgs, p).list(r -> mapper.convertValue(r.get("row").asMap(), AccountGraph.Org.class))),
                List.copyOf(tx.run(staffTies, p).list(r -> mapper.convertValue(r.get("row").asMap(), AccountGraph.Staff.class))));
    }

    /**
     * One subgraph row to a person, by hand: Jackson's convertValue over 20,000 tie maps cost more than
     * the query. Lists are sorted here so that parallel ties add up in the same order on every load.
     */
    private static AccountGraph.Person person(Record r) {
        List<AccountGraph.Tie> ties = r.get("ties").asList(v -> new AccountGraph.Tie(v.get(0).asString(),
                InfluenceKind.valueOf(v.get(1).asString()), v.get(2).asInt(), v.get(3).asDouble(), text(v.get(4))));
        List<AccountGraph.Tie> sortedTies = new ArrayList<>(ties);
        sortedTies.sort(Comparator.comparing(AccountGraph.Tie::to).thenComparing(t -> t.kind().name()));
        List<String> orgIds = r.get("orgs").asList(v -> v).stream()
                .sorted(Comparator.comparingLong(v -> v.get(0).isNull() ? Long.MAX_VALUE : v.get(0).asLong()))
                .map(v -> v.get(1).asString()).toList();
        List<AccountGraph.Owner> owners = new ArrayList<>(r.get("owners").asList(v -> new AccountGraph.Owner(
                v.get(0).asString(), text(v.get(1)), enumOrNull(Rank.class, v.get(2)), text(v.get(3)))));
        owners.sort(Comparator.comparing(AccountGraph.Owner::priority, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(AccountGraph.Owner::name, Comparator.nullsLast(Comparator.naturalOrder())));
        List<String> competitors = r.get("competitors").asList(Value::asString).stream().sorted().toList();
        List<LocalDate> contactDates = r.get("contactDates").asList(v -> v).stream().filter(v -> !v.isNull())
                .map(AnalysisRepository::date).distinct().sorted().toList();
        Value onOrgChart = r.get("onOrgChart");
        return new AccountGraph.Person(r.get("id").asString(), text(r.get("externalId")), text(r.get("name")),
                text(r.get("title")), enumOrNull(Rank.class, r.get("rank")), enumOrNull(Stance.class, r.get("stance")),
                onOrgChart.isNull() ? null : onOrgChart.asBoolean(), enumOrNull(DecisionRole.class, r.get("decisionRole")),
                r.get("hiddenRole").asBoolean(), text(r.get("reportsTo")), List.copyOf(sortedTies), orgIds,
                List.copyOf(owners), competitors, contactDates);
    }

    /** Dates are stored as Neo4j dates; an ISO string (older data) reads the same. */
    private static LocalDate date(Value v) {
        return v.asObject() instanceof String iso ? LocalDate.parse(iso) : v.asLocalDate();
    }

    private static String text(Value v) {
        return v.isNull() ? null : v.asString();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, Value v) {
        return v.isNull() ? null : Enum.valueOf(type, v.asString());
    }

    private static Map<String, Object> params(String accountId, String opportunityId, List<String> personIds) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("opportunityId", opportunityId);
        p.put("personIds", personIds);
        return p;
    }

}
