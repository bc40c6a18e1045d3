package io.powermap.person;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.audit.AuditRepository;
import io.powermap.auth.Actor;
import io.powermap.db.AccountLock;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import io.powermap.db.Versions;
import io.powermap.io.ImportService;
import io.powermap.person.PersonRecords.Person;
import io.powermap.person.PersonRecords.PersonInput;
import io.powermap.person.PersonRecords.PersonSummary;
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
 * People of an account. Each write runs in one transaction: lock, version check, reference checks,
 * the change itself and its audit entry, so a failed check leaves nothing behind.
 */
public final class PersonRepository {

    private final Database db;
    private final AccountLock accountLock;
    private final AuditRepository audit;
    private final ObjectMapper mapper;
    private final String get;
    private final String list;
    private final String lock;
    private final String create;
    private final String update;
    private final String setLinks;
    private final String checkRefs;
    private final String recordStance;
    private final String delete;

    public PersonRepository(Database db, Queries q, AuditRepository audit, ObjectMapper mapper) {
        this.db = db;
        this.accountLock = new AccountLock(db, q);
        this.audit = audit;
        this.mapper = mapper;
        this.get = q.get("person/get");
        this.list = q.get("person/list");
        this.lock = q.get("person/lock");
        this.create = q.get("person/create");
        this.update = q.get("person/update");
        this.setLinks = q.get("person/set-links");
        this.checkRefs = q.get("person/check-refs");
        this.recordStance = q.get("person/record-stance");
        this.delete = q.get("person/delete");
    }

    public List<PersonSummary> list(String accountId) {
        return db.read(tx -> tx.run(list, Map.of("accountId", accountId))
                .list(r -> mapper.convertValue(r.get("row").asMap(), PersonSummary.class)));
    }

    public Optional<Person> get(String accountId, String id) {
        return db.read(tx -> find(tx, accountId, id));
    }

    public Person create(String accountId, PersonInput in, Actor actor) {
        String id = UUID.randomUUID().toString();
        return accountLock.write(accountId, tx -> {
            checkReferences(tx, accountId, id, in);
            Map<String, Object> props = props(in);
            tx.run(create, Map.of("accountId", accountId, "id", id, "props", props)).consume();
            links(tx, accountId, id, in);
            if (in.stance() != null) {
                stance(tx, accountId, id, in.stance().name(), actor, null);
            }
            Person after = find(tx, accountId, id).orElseThrow(ApiException.accountDeletedMeanwhile(accountId));
            audit.record(tx, accountId, actor, AuditRepository.Action.CREATE, "Person", id, in.name(), null, after);
            return after;
        });
    }

    public Person update(String accountId, String id, PersonInput in, Actor actor) {
        return accountLock.write(accountId, tx -> {
            Map<String, Object> locked = lockAndCheck(tx, accountId, id, in.version());
            checkReferences(tx, accountId, id, in);
            Person before = find(tx, accountId, id).orElseThrow();
            tx.run(update, Map.of("accountId", accountId, "id", id, "props", props(in))).consume();
            links(tx, accountId, id, in);
            String stance = in.stance() == null ? "NEUTRAL" : in.stance().name();
            if (!stance.equals(locked.get("stance"))) {
                stance(tx, accountId, id, stance, actor, null);
            }
            Person after = find(tx, accountId, id).orElseThrow();
            audit.record(tx, accountId, actor, AuditRepository.Action.UPDATE, "Person", id, after.name(), before, after);
            return after;
        });
    }

    /** A stance change alone: the common edit, recorded in the person's stance history. */
    public Person changeStance(String accountId, String id, PersonRecords.StanceInput in, Actor actor) {
        return accountLock.write(accountId, tx -> {
            lockAndCheck(tx, accountId, id, in.version());
            Person before = find(tx, accountId, id).orElseThrow();
            tx.run(update, Map.of("accountId", accountId, "id", id, "props", Map.of("stance", in.stance().name()))).consume();
            stance(tx, accountId, id, in.stance().name(), actor, in.note());
            Person after = find(tx, accountId, id).orElseThrow();
            audit.record(tx, accountId, actor, AuditRepository.Action.UPDATE, "Person", id, after.name(),
                    Map.of("stance", before.stance()), Map.of("stance", after.stance(), "note", String.valueOf(in.note())));
            return after;
        });
    }

    public void delete(String accountId, String id, long version, Actor actor) {
        accountLock.write(accountId, tx -> {
            lockAndCheck(tx, accountId, id, version);
            Person before = find(tx, accountId, id).orElseThrow();
            tx.run(delete, Map.of("accountId", accountId, "id", id)).consume();
            audit.record(tx, accountId, actor, AuditRepository.Action.DELETE, "Person", id, before.name(), before, null);
            return null;
        });
    }

    private Map<String, Object> lockAndCheck(TransactionContext tx, String accountId, String id, long version) {
        return Versions.lockAndCheck(tx, lock, Map.of("accountId", accountId, "id", id), "person", id, version);
    }

    private void checkReferences(TransactionContext tx, String accountId, String id, PersonInput in) {
        List<String> orgIds = in.orgIds() == null ? List.of() : in.orgIds();
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("id", id);
        p.put("orgIds", orgIds);
        p.put("bossId", in.reportsTo());
        Record r = tx.run(checkRefs, p).single();
        List<ApiException.FieldError> errors = new ArrayList<>();
        List<Object> missing = r.get("missingOrgs").asList();
        for (int i = 0; i < orgIds.size(); i++) {
            if (missing.contains(orgIds.get(i))) {
                errors.add(new ApiException.FieldError("orgIds[" + i + "]", "no org with id '" + orgIds.get(i) + "' in this account"));
            }
        }
        if (in.reportsTo() != null) {
            if (in.reportsTo().equals(id)) {
                errors.add(new ApiException.FieldError("reportsTo", "a person cannot report to themselves"));
            } else if (!r.get("bossFound").asBoolean()) {
                errors.add(new ApiException.FieldError("reportsTo", "no person with id '" + in.reportsTo() + "' in this account"));
            } else if (r.get("wouldLoop").asBoolean()) {
                errors.add(new ApiException.FieldError("reportsTo", "would create a reporting cycle"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private void links(TransactionContext tx, String accountId, String id, PersonInput in) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("id", id);
        p.put("orgIds", in.orgIds() == null ? List.of() : in.orgIds());
        p.put("orgRoles", in.orgRoles() == null ? Map.of() : in.orgRoles());
        p.put("bossId", in.reportsTo());
        tx.run(setLinks, p).consume();
    }

    private void stance(TransactionContext tx, String accountId, String id, String stance, Actor actor, String note) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("id", id);
        p.put("stance", stance);
        p.put("by", actor.name());
        p.put("note", note);
        tx.run(recordStance, p).consume();
    }

    private Optional<Person> find(TransactionContext tx, String accountId, String id) {
        return tx.run(get, Map.of("accountId", accountId, "id", id)).list(r -> r.get("row").asMap()).stream()
                .findFirst().map(row -> mapper.convertValue(row, Person.class));
    }

    /** Stored properties from the request, through the import's mapping so both write the same shape. */
    private static Map<String, Object> props(PersonInput in) {
        Map<String, Object> row = new HashMap<>(ImportService.personRow(in.asData(), null, null));
        row.remove("id");
        row.remove("externalId");
        row.remove("stanceUpdatedAt");
        return row;
    }
}
