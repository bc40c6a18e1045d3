package io.powermap.person;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.audit.AuditRepository;
import io.powermap.auth.Actor;
import io.powermap.db.AccountLock;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import io.powermap.db.Versions;
import io.powermap.person.InfluenceRecords.Influence;
import io.powermap.person.InfluenceRecords.InfluenceInput;
import io.powermap.web.ApiException;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class InfluenceRepository {

    private final Database db;
    private final AccountLock accountLock;
    private final AuditRepository audit;
    private final ObjectMapper mapper;
    private final String list;
    private final String get;
    private final String ends;
    private final String create;
    private final String lock;
    private final String update;
    private final String delete;

    public InfluenceRepository(Database db, Queries q, AuditRepository audit, ObjectMapper mapper) {
        this.db = db;
        this.accountLock = new AccountLock(db, q);
        this.audit = audit;
        this.mapper = mapper;
        this.list = q.get("influence/list");
        this.get = q.get("influence/get");
        this.ends = q.get("influence/ends");
        this.create = q.get("influence/create");
        this.lock = q.get("influence/lock");
        this.update = q.get("influence/update");
        this.delete = q.get("influence/delete");
    }

    public List<Influence> list(String accountId) {
        return db.read(tx -> tx.run(list, Map.of("accountId", accountId)).list(this::toInfluence));
    }

    public Influence create(String accountId, InfluenceInput in, Actor actor) {
        String id = UUID.randomUUID().toString();
        return accountLock.write(accountId, tx -> {
            checkEnds(tx, accountId, in, null);
            tx.run(create, params(accountId, id, in)).consume();
            Influence after = find(tx, accountId, id);
            audit.record(tx, accountId, actor, AuditRepository.Action.CREATE, "Influence", id, label(after), null, after);
            return after;
        });
    }

    /** Ends are fixed once created (delete and re-create to move a tie); kind, strength and evidence change. */
    public Influence update(String accountId, String id, InfluenceInput in, Actor actor) {
        return accountLock.write(accountId, tx -> {
            Map<String, Object> current = lockAndCheck(tx, accountId, id, in.version());
            if (!current.get("from").equals(in.from()) || !current.get("to").equals(in.to())) {
                throw ApiException.invalid(!current.get("from").equals(in.from()) ? "from" : "to",
                        "a tie's ends cannot change; delete it and create a new one");
            }
            checkEnds(tx, accountId, in, id);
            Influence before = find(tx, accountId, id);
            tx.run(update, params(accountId, id, in)).consume();
            Influence after = find(tx, accountId, id);
            audit.record(tx, accountId, actor, AuditRepository.Action.UPDATE, "Influence", id, label(after), before, after);
            return after;
        });
    }

    public void delete(String accountId, String id, long version, Actor actor) {
        accountLock.write(accountId, tx -> {
            lockAndCheck(tx, accountId, id, version);
            Influence before = find(tx, accountId, id);
            tx.run(delete, Map.of("accountId", accountId, "id", id)).consume();
            audit.record(tx, accountId, actor, AuditRepository.Action.DELETE, "Influence", id, label(before), before, null);
            return null;
        });
    }

    private Map<String, Object> lockAndCheck(TransactionContext tx, String accountId, String id, Long version) {
        return Versions.lockAndCheck(tx, lock, Map.of("accountId", accountId, "id", id), "influence tie", id, version);
    }

    private void checkEnds(TransactionContext tx, String accountId, InfluenceInput in, String selfId) {
        // ends.cypher returns one row by construction; take the first defensively rather than fail with a 500.
        Record r = tx.run(ends, Map.of("accountId", accountId, "from", in.from(), "to", in.to(), "kind", in.kind().name()))
                .list().stream().findFirst().orElseThrow(() -> new IllegalStateException("influence/ends returned no row"));
        List<ApiException.FieldError> errors = new ArrayList<>();
        if (!r.get("fromFound").asBoolean()) {
            errors.add(new ApiException.FieldError("from", "no person with id '" + in.from() + "' in this account"));
        }
        if (!r.get("toFound").asBoolean()) {
            errors.add(new ApiException.FieldError("to", "no person with id '" + in.to() + "' in this account"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        String duplicate = r.get("duplicateIds").asList(v -> v.asString()).stream()
                .filter(id -> !id.equals(selfId)).findFirst().orElse(null);
        if (duplicate != null) {
            throw ApiException.conflict("a " + in.kind() + " tie from this person to that one already exists ("
                    + duplicate + "): edit it instead");
        }
    }

    private Influence find(TransactionContext tx, String accountId, String id) {
        return tx.run(get, Map.of("accountId", accountId, "id", id)).list(this::toInfluence).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("influence tie", id));
    }

    private static Map<String, Object> params(String accountId, String id, InfluenceInput in) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("id", id);
        p.put("from", in.from());
        p.put("to", in.to());
        p.put("kind", in.kind().name());
        p.put("strength", (long) in.strength());
        p.put("confidence", in.confidence());
        p.put("source", in.source());
        p.put("since", in.since());
        return p;
    }

    private static String label(Influence t) {
        return t.fromName() + " → " + t.toName() + " (" + t.kind() + ")";
    }

    private Influence toInfluence(Record r) {
        return mapper.convertValue(r.get("row").asMap(), Influence.class);
    }
}
