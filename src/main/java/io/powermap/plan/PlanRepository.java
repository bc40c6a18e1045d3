package io.powermap.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.audit.AuditRepository;
import io.powermap.auth.Actor;
import io.powermap.db.AccountLock;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import io.powermap.db.Versions;
import io.powermap.plan.PlanRecords.Target;
import io.powermap.plan.PlanRecords.TargetInput;
import io.powermap.web.ApiException;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Relationship targets of the account plan, and the interactions the timeline shows. */
public final class PlanRepository {

    private final Database db;
    private final AccountLock accountLock;
    private final AuditRepository audit;
    private final ObjectMapper mapper;
    private final Queries q;

    public PlanRepository(Database db, Queries queries, AuditRepository audit, ObjectMapper mapper) {
        this.db = db;
        this.accountLock = new AccountLock(db, queries);
        this.audit = audit;
        this.mapper = mapper;
        this.q = queries;
        for (String name : List.of("plan/list", "plan/get", "plan/lock", "plan/create", "plan/update", "plan/set-links",
                "plan/delete", "visit/check-refs", "timeline/interactions")) {
            queries.get(name);
        }
    }

    public List<Target> list(String accountId) {
        return db.read(tx -> tx.run(q.get("plan/list"), Map.of("accountId", accountId))
                .list(r -> mapper.convertValue(r.get("row").asMap(), Target.class)));
    }

    public Optional<Target> get(String accountId, String id) {
        return db.read(tx -> find(tx, accountId, id));
    }

    public Target create(String accountId, TargetInput in, Actor actor) {
        String id = UUID.randomUUID().toString();
        return accountLock.write(accountId, tx -> {
            checkReferences(tx, accountId, in);
            tx.run(q.get("plan/create"), Map.of("accountId", accountId, "id", id, "props", props(in))).consume();
            links(tx, accountId, id, in);
            Target after = find(tx, accountId, id).orElseThrow(ApiException.accountDeletedMeanwhile(accountId));
            audit.record(tx, accountId, actor, AuditRepository.Action.CREATE, "PlanTarget", id, label(after), null, after);
            return after;
        });
    }

    public Target update(String accountId, String id, TargetInput in, Actor actor) {
        return accountLock.write(accountId, tx -> {
            lock(tx, accountId, id, in.version());
            checkReferences(tx, accountId, in);
            Target before = find(tx, accountId, id).orElseThrow();
            tx.run(q.get("plan/update"), Map.of("accountId", accountId, "id", id, "props", props(in))).consume();
            links(tx, accountId, id, in);
            Target after = find(tx, accountId, id).orElseThrow();
            audit.record(tx, accountId, actor, AuditRepository.Action.UPDATE, "PlanTarget", id, label(after), before, after);
            return after;
        });
    }

    public void delete(String accountId, String id, long version, Actor actor) {
        accountLock.write(accountId, tx -> {
            lock(tx, accountId, id, version);
            Target before = find(tx, accountId, id).orElseThrow();
            tx.run(q.get("plan/delete"), Map.of("accountId", accountId, "id", id)).consume();
            audit.record(tx, accountId, actor, AuditRepository.Action.DELETE, "PlanTarget", id, label(before), before, null);
            return null;
        });
    }

    /** Interactions on or after {@code sinceDate}, newest first; each row as the query returns it. */
    public List<Map<String, Object>> interactions(String accountId, String sinceDate, int limit) {
        return db.read(tx -> tx.run(q.get("timeline/interactions"), Map.of("accountId", accountId, "since", sinceDate, "limit", limit))
                .list(r -> r.get("row").asMap()));
    }

    private void lock(TransactionContext tx, String accountId, String id, long version) {
        Versions.lockAndCheck(tx, q.get("plan/lock"), Map.of("accountId", accountId, "id", id), "target", id, version);
    }

    private void checkReferences(TransactionContext tx, String accountId, TargetInput in) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("staffIds", List.of());
        p.put("personIds", in.personId() == null ? List.of() : List.of(in.personId()));
        p.put("opportunityId", in.opportunityId());
        Record r = tx.run(q.get("visit/check-refs"), p).single();
        List<ApiException.FieldError> errors = new ArrayList<>();
        if (!r.get("missingPeople").asList().isEmpty()) {
            errors.add(new ApiException.FieldError("personId", "no person with id '" + in.personId() + "' in this account"));
        }
        if (in.opportunityId() != null && !r.get("opportunityFound").asBoolean()) {
            errors.add(new ApiException.FieldError("opportunityId", "no opportunity with id '" + in.opportunityId() + "' in this account"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private void links(TransactionContext tx, String accountId, String id, TargetInput in) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("id", id);
        p.put("personId", in.personId());
        p.put("opportunityId", in.opportunityId());
        tx.run(q.get("plan/set-links"), p).consume();
    }

    private Optional<Target> find(TransactionContext tx, String accountId, String id) {
        return tx.run(q.get("plan/get"), Map.of("accountId", accountId, "id", id)).list(r -> r.get("row").asMap())
                .stream().findFirst().map(row -> mapper.convertValue(row, Target.class));
    }

    private static Map<String, Object> props(TargetInput in) {
        Map<String, Object> p = new HashMap<>();
        p.put("period", in.period());
        p.put("kind", in.kind().name());
        p.put("stance", in.stance() == null ? null : in.stance().name());
        p.put("minimum", in.minimum() == null ? null : in.minimum().longValue());
        p.put("note", in.note());
        return p;
    }

    private static String label(Target t) {
        return t.period() + " " + t.kind() + (t.personName() == null ? "" : ": " + t.personName());
    }
}
