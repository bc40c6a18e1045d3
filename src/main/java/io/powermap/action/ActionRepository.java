package io.powermap.action;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.action.ActionRecords.Action;
import io.powermap.action.ActionRecords.ActionInput;
import io.powermap.audit.AuditRepository;
import io.powermap.auth.Actor;
import io.powermap.db.AccountLock;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import io.powermap.db.Versions;
import io.powermap.io.AccountDocument.ActionData;
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
 * Relationship actions ({@code Action {accountId}}) with {@code (Action)-[:CONCERNS]->(Person)} and
 * {@code (Staff)-[:RESPONSIBLE_FOR]->(Action)}, as the import stores them.
 */
public final class ActionRepository {

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
    private final String setLinks;
    private final String delete;

    public ActionRepository(Database db, Queries q, AuditRepository audit, ObjectMapper mapper) {
        this.db = db;
        this.accountLock = new AccountLock(db, q);
        this.audit = audit;
        this.mapper = mapper;
        this.list = q.get("action/list");
        this.get = q.get("action/get");
        this.lock = q.get("action/lock");
        this.checkRefs = q.get("action/check-refs");
        this.create = q.get("action/create");
        this.update = q.get("action/update");
        this.setLinks = q.get("action/set-links");
        this.delete = q.get("action/delete");
    }

    public List<Action> list(String accountId) {
        return db.read(tx -> tx.run(list, Map.of("accountId", accountId)).list(this::toAction));
    }

    public Optional<Action> get(String accountId, String id) {
        return db.read(tx -> find(tx, accountId, id));
    }

    public Action create(String accountId, ActionInput in, Actor actor) {
        String id = UUID.randomUUID().toString();
        return accountLock.write(accountId, tx -> {
            checkReferences(tx, accountId, in);
            tx.run(create, Map.of("accountId", accountId, "id", id, "props", props(in))).consume();
            links(tx, accountId, id, in);
            Action after = find(tx, accountId, id).orElseThrow(ApiException.accountDeletedMeanwhile(accountId));
            audit.record(tx, accountId, actor, AuditRepository.Action.CREATE, "Action", id, after.title(), null, after);
            return after;
        });
    }

    public Action update(String accountId, String id, ActionInput in, Actor actor) {
        return accountLock.write(accountId, tx -> {
            lockAndCheck(tx, accountId, id, in.version());
            checkReferences(tx, accountId, in);
            Action before = find(tx, accountId, id).orElseThrow();
            tx.run(update, Map.of("accountId", accountId, "id", id, "props", props(in))).consume();
            links(tx, accountId, id, in);
            Action after = find(tx, accountId, id).orElseThrow();
            audit.record(tx, accountId, actor, AuditRepository.Action.UPDATE, "Action", id, after.title(), before, after);
            return after;
        });
    }

    public void delete(String accountId, String id, long version, Actor actor) {
        accountLock.write(accountId, tx -> {
            lockAndCheck(tx, accountId, id, version);
            Action before = find(tx, accountId, id).orElseThrow();
            tx.run(delete, Map.of("accountId", accountId, "id", id)).consume();
            audit.record(tx, accountId, actor, AuditRepository.Action.DELETE, "Action", id, before.title(), before, null);
            return null;
        });
    }

    private void lockAndCheck(TransactionContext tx, String accountId, String id, Long version) {
        Versions.lockAndCheck(tx, lock, Map.of("accountId", accountId, "id", id), "action", id, version);
    }

    private void checkReferences(TransactionContext tx, String accountId, ActionInput in) {
        Record r = tx.run(checkRefs, refs(accountId, null, in)).single();
        List<ApiException.FieldError> errors = new ArrayList<>();
        if (in.personId() != null && !r.get("personFound").asBoolean()) {
            errors.add(new ApiException.FieldError("personId", "no person with id '" + in.personId() + "' in this account"));
        }
        if (in.ownerStaffId() != null && !r.get("ownerFound").asBoolean()) {
            errors.add(new ApiException.FieldError("ownerStaffId",
                    "no staff member with id '" + in.ownerStaffId() + "' on this account's team"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private void links(TransactionContext tx, String accountId, String id, ActionInput in) {
        tx.run(setLinks, refs(accountId, id, in)).consume();
    }

    private static Map<String, Object> refs(String accountId, String id, ActionInput in) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("id", id);
        p.put("personId", in.personId());
        p.put("ownerStaffId", in.ownerStaffId());
        return p;
    }

    private Optional<Action> find(TransactionContext tx, String accountId, String id) {
        return tx.run(get, Map.of("accountId", accountId, "id", id)).list(this::toAction).stream().findFirst();
    }

    /** Stored properties with the import's defaults ({@code cypher/import/actions.cypher}). */
    private static Map<String, Object> props(ActionInput in) {
        ActionData x = in.asData();
        Map<String, Object> m = new HashMap<>();
        m.put("kind", x.kind().name());
        m.put("title", x.title());
        m.put("due", x.due());
        m.put("status", x.status().name());
        m.put("complianceRisk", x.complianceRisk().name());
        m.put("approvedBy", x.approvedBy());
        m.put("notes", x.notes());
        return m;
    }

    private Action toAction(Record r) {
        return mapper.convertValue(r.get("row").asMap(), Action.class);
    }
}
