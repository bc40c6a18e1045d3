package io.powermap.interaction;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.audit.AuditRepository;
import io.powermap.auth.Actor;
import io.powermap.db.AccountLock;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import io.powermap.db.Versions;
import io.powermap.interaction.InteractionRecords.Interaction;
import io.powermap.interaction.InteractionRecords.InteractionInput;
import io.powermap.web.ApiException;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Interactions ({@code Interaction {accountId}}) with {@code (Person|Staff)-[:ATTENDED]->}, as the
 * import stores them. Staff attendees must be on the account's team.
 */
public final class InteractionRepository {

    private final Database db;
    private final AccountLock accountLock;
    private final AuditRepository audit;
    private final ObjectMapper mapper;
    private final String list;
    private final String get;
    private final String lock;
    private final String checkRefs;
    private final String create;
    private final String update;
    private final String setAttendees;
    private final String delete;

    public InteractionRepository(Database db, Queries q, AuditRepository audit, ObjectMapper mapper) {
        this.db = db;
        this.accountLock = new AccountLock(db, q);
        this.audit = audit;
        this.mapper = mapper;
        this.list = q.get("interaction/list");
        this.get = q.get("interaction/get");
        this.lock = q.get("interaction/lock");
        this.checkRefs = q.get("interaction/check-refs");
        this.create = q.get("interaction/create");
        this.update = q.get("interaction/update");
        this.setAttendees = q.get("interaction/set-attendees");
        this.delete = q.get("interaction/delete");
    }

    public List<Interaction> list(String accountId, String personId) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("personId", personId);
        return db.read(tx -> tx.run(list, p).list(this::toInteraction));
    }

    public Optional<Interaction> get(String accountId, String id) {
        return db.read(tx -> find(tx, accountId, id));
    }

    public Interaction create(String accountId, InteractionInput in, Actor actor) {
        String id = UUID.randomUUID().toString();
        return accountLock.write(accountId, tx -> {
            checkReferences(tx, accountId, in);
            tx.run(create, Map.of("accountId", accountId, "id", id, "props", props(in))).consume();
            attendees(tx, accountId, id, in);
            Interaction after = find(tx, accountId, id).orElseThrow(ApiException.accountDeletedMeanwhile(accountId));
            audit.record(tx, accountId, actor, AuditRepository.Action.CREATE, "Interaction", id, label(after), null, after);
            return after;
        });
    }

    public Interaction update(String accountId, String id, InteractionInput in, Actor actor) {
        return accountLock.write(accountId, tx -> {
            lockAndCheck(tx, accountId, id, in.version());
            checkReferences(tx, accountId, in);
            Interaction before = find(tx, accountId, id).orElseThrow();
            tx.run(update, Map.of("accountId", accountId, "id", id, "props", props(in))).consume();
            attendees(tx, accountId, id, in);
            Interaction after = find(tx, accountId, id).orElseThrow();
            audit.record(tx, accountId, actor, AuditRepository.Action.UPDATE, "Interaction", id, label(after), before, after);
            return after;
        });
    }

    public void delete(String accountId, String id, long version, Actor actor) {
        accountLock.write(accountId, tx -> {
            lockAndCheck(tx, accountId, id, version);
            Interaction before = find(tx, accountId, id).orElseThrow();
            tx.run(delete, Map.of("accountId", accountId, "id", id)).consume();
            audit.record(tx, accountId, actor, AuditRepository.Action.DELETE, "Interaction", id, label(before), before, null);
            return null;
        });
    }

    private void lockAndCheck(TransactionContext tx, String accountId, String id, Long version) {
        Versions.lockAndCheck(tx, lock, Map.of("accountId", accountId, "id", id), "interaction", id, version);
    }

    private void checkReferences(TransactionContext tx, String accountId, InteractionInput in) {
        Record r = tx.run(checkRefs, Map.of("accountId", accountId, "personIds", in.personIds(), "staffIds", in.staffIds())).single();
        List<Object> missingPeople = r.get("missingPeople").asList();
        List<Object> missingStaff = r.get("missingStaff").asList();
        List<ApiException.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < in.personIds().size(); i++) {
            if (missingPeople.contains(in.personIds().get(i))) {
                errors.add(new ApiException.FieldError("personIds[" + i + "]",
                        "no person with id '" + in.personIds().get(i) + "' in this account"));
            }
        }
        for (int i = 0; i < in.staffIds().size(); i++) {
            if (missingStaff.contains(in.staffIds().get(i))) {
                errors.add(new ApiException.FieldError("staffIds[" + i + "]",
                        "no staff member with id '" + in.staffIds().get(i) + "' on this account's team"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private void attendees(TransactionContext tx, String accountId, String id, InteractionInput in) {
        tx.run(setAttendees, Map.of("accountId", accountId, "id", id, "personIds", in.personIds(),
                "staffIds", in.staffIds())).consume();
    }

    private Optional<Interaction> find(TransactionContext tx, String accountId, String id) {
        return tx.run(get, Map.of("accountId", accountId, "id", id)).list(this::toInteraction).stream().findFirst();
    }

    /** Stored properties, the same the import writes ({@code cypher/import/interactions.cypher}). */
    private static Map<String, Object> props(InteractionInput in) {
        Map<String, Object> m = new HashMap<>();
        m.put("date", in.date());
        m.put("kind", in.kind().name());
        m.put("summary", in.summary());
        return m;
    }

    private static String label(Interaction i) {
        return i.kind() + " " + i.date() + (i.summary() == null ? "" : ": " + abbreviate(i.summary()));
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }

    private Interaction toInteraction(Record r) {
        return mapper.convertValue(r.get("row").asMap(), Interaction.class);
    }
}
