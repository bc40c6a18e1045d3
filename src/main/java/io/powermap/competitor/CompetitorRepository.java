package io.powermap.competitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.audit.AuditRepository;
import io.powermap.auth.Actor;
import io.powermap.competitor.CompetitorRecords.Alignment;
import io.powermap.competitor.CompetitorRecords.AlignmentInput;
import io.powermap.competitor.CompetitorRecords.Competitor;
import io.powermap.competitor.CompetitorRecords.CompetitorInput;
import io.powermap.db.AccountLock;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import io.powermap.db.Versions;
import io.powermap.web.ApiException;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Competitors of an account ({@code Competitor {accountId}}, as the import stores them) and
 * {@code (Person)-[:ALIGNED_WITH {strength}]->(Competitor)}.
 */
public final class CompetitorRepository {

    /** A write's result and whether it created the thing (201) or changed an existing one (200). */
    public record Saved<T>(T value, boolean created) {}

    private final Database db;
    private final AccountLock accountLock;
    private final AuditRepository audit;
    private final ObjectMapper mapper;
    private final String list;
    private final String get;
    private final String lock;
    private final String create;
    private final String update;
    private final String delete;
    private final String alignEnds;
    private final String alignGet;
    private final String alignCreate;
    private final String alignUpdate;
    private final String alignDelete;

    public CompetitorRepository(Database db, Queries q, AuditRepository audit, ObjectMapper mapper) {
        this.db = db;
        this.accountLock = new AccountLock(db, q);
        this.audit = audit;
        this.mapper = mapper;
        this.list = q.get("competitor/list");
        this.get = q.get("competitor/get");
        this.lock = q.get("competitor/lock");
        this.create = q.get("competitor/create");
        this.update = q.get("competitor/update");
        this.delete = q.get("competitor/delete");
        this.alignEnds = q.get("alignment/ends");
        this.alignGet = q.get("alignment/get");
        this.alignCreate = q.get("alignment/create");
        this.alignUpdate = q.get("alignment/update");
        this.alignDelete = q.get("alignment/delete");
    }

    public List<Competitor> list(String accountId) {
        return db.read(tx -> tx.run(list, Map.of("accountId", accountId)).list(this::toCompetitor));
    }

    public Optional<Competitor> get(String accountId, String id) {
        return db.read(tx -> find(tx, accountId, id));
    }

    public Competitor create(String accountId, CompetitorInput in, Actor actor) {
        String id = UUID.randomUUID().toString();
        return accountLock.write(accountId, tx -> {
            tx.run(create, Map.of("accountId", accountId, "id", id, "name", in.name())).consume();
            Competitor after = find(tx, accountId, id).orElseThrow(ApiException.accountDeletedMeanwhile(accountId));
            audit.record(tx, accountId, actor, AuditRepository.Action.CREATE, "Competitor", id, after.name(), null, after);
            return after;
        });
    }

    public Competitor update(String accountId, String id, CompetitorInput in, Actor actor) {
        return accountLock.write(accountId, tx -> {
            lockAndCheck(tx, accountId, id, in.version());
            Competitor before = find(tx, accountId, id).orElseThrow();
            tx.run(update, Map.of("accountId", accountId, "id", id, "name", in.name())).consume();
            Competitor after = find(tx, accountId, id).orElseThrow();
            audit.record(tx, accountId, actor, AuditRepository.Action.UPDATE, "Competitor", id, after.name(), before, after);
            return after;
        });
    }

    /** The people's alignments with the competitor are removed with it (they are listed in the audit entry). */
    public void delete(String accountId, String id, long version, Actor actor) {
        accountLock.write(accountId, tx -> {
            lockAndCheck(tx, accountId, id, version);
            Competitor before = find(tx, accountId, id).orElseThrow();
            tx.run(delete, Map.of("accountId", accountId, "id", id)).consume();
            audit.record(tx, accountId, actor, AuditRepository.Action.DELETE, "Competitor", id, before.name(), before, null);
            return null;
        });
    }

    /** Creates the alignment, or updates it (then {@code version} must match the current one). */
    public Saved<Alignment> align(String accountId, String personId, String competitorId, AlignmentInput in, Actor actor) {
        return accountLock.write(accountId, tx -> {
            Map<String, Object> p = ends(accountId, personId, competitorId);
            Record r = tx.run(alignEnds, p).single();
            if (!r.get("personFound").asBoolean()) {
                throw ApiException.notFound("person", personId);
            }
            if (!r.get("competitorFound").asBoolean()) {
                throw ApiException.notFound("competitor", competitorId);
            }
            p.put("strength", (long) in.strength());
            if (r.get("version").isNull()) {
                tx.run(alignCreate, p).consume();
                Alignment after = findAlignment(tx, accountId, personId, competitorId);
                audit.record(tx, accountId, actor, AuditRepository.Action.CREATE, "Alignment", key(after), label(after), null, after);
                return new Saved<>(after, true);
            }
            long current = r.get("version").asLong();
            if (in.version() == null || in.version() != current) {
                throw ApiException.staleVersion("this alignment", in.version() == null ? -1 : in.version(), current);
            }
            Alignment before = findAlignment(tx, accountId, personId, competitorId);
            tx.run(alignUpdate, p).consume();
            Alignment after = findAlignment(tx, accountId, personId, competitorId);
            audit.record(tx, accountId, actor, AuditRepository.Action.UPDATE, "Alignment", key(after), label(after), before, after);
            return new Saved<>(after, false);
        });
    }

    public void unalign(String accountId, String personId, String competitorId, long version, Actor actor) {
        accountLock.write(accountId, tx -> {
            Map<String, Object> p = ends(accountId, personId, competitorId);
            Record r = tx.run(alignEnds, p).single();
            if (r.get("version").isNull()) {
                throw ApiException.notFound("alignment", personId + "/" + competitorId);
            }
            if (r.get("version").asLong() != version) {
                throw ApiException.staleVersion("this alignment", version, r.get("version").asLong());
            }
            Alignment before = findAlignment(tx, accountId, personId, competitorId);
            tx.run(alignDelete, p).consume();
            audit.record(tx, accountId, actor, AuditRepository.Action.DELETE, "Alignment", key(before), label(before), before, null);
            return null;
        });
    }

    private void lockAndCheck(TransactionContext tx, String accountId, String id, Long version) {
        Versions.lockAndCheck(tx, lock, Map.of("accountId", accountId, "id", id), "competitor", id, version);
    }

    private Optional<Competitor> find(TransactionContext tx, String accountId, String id) {
        return tx.run(get, Map.of("accountId", accountId, "id", id)).list(this::toCompetitor).stream().findFirst();
    }

    private Alignment findAlignment(TransactionContext tx, String accountId, String personId, String competitorId) {
        return tx.run(alignGet, ends(accountId, personId, competitorId))
                .list(r -> mapper.convertValue(r.get("row").asMap(), Alignment.class)).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("alignment", personId + "/" + competitorId));
    }

    private static Map<String, Object> ends(String accountId, String personId, String competitorId) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("personId", personId);
        p.put("competitorId", competitorId);
        return p;
    }

    private static String key(Alignment a) {
        return a.personId() + "/" + a.competitorId();
    }

    private static String label(Alignment a) {
        return a.personName() + " aligned with " + a.competitorName();
    }

    private Competitor toCompetitor(Record r) {
        return mapper.convertValue(r.get("row").asMap(), Competitor.class);
    }
}
