package io.powermap.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.audit.AuditRepository;
import io.powermap.auth.Actor;
import io.powermap.db.AccountLock;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import io.powermap.staff.CoverageRecords.Knows;
import io.powermap.staff.CoverageRecords.KnowsInput;
import io.powermap.staff.CoverageRecords.Owns;
import io.powermap.staff.CoverageRecords.OwnsInput;
import io.powermap.web.ApiException;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code (Staff)-[:KNOWS {strength, lastContact}]->(Person)} and
 * {@code (Staff)-[:OWNS {priority}]->(Person|Org|Account)}, stored as the import stores them. The
 * staff member must be on the account's team, so the account's export always holds them.
 */
public final class CoverageRepository {

    private final Database db;
    private final AccountLock accountLock;
    private final AuditRepository audit;
    private final ObjectMapper mapper;
    private final String knowsList;
    private final String knowsGet;
    private final String knowsEnds;
    private final String knowsLock;
    private final String knowsCreate;
    private final String knowsUpdate;
    private final String knowsDelete;
    private final String ownsList;
    private final String ownsGet;
    private final String ownsTarget;
    private final String ownsCreate;
    private final String ownsDelete;

    public CoverageRepository(Database db, Queries q, AuditRepository audit, ObjectMapper mapper) {
        this.db = db;
        this.accountLock = new AccountLock(db, q);
        this.audit = audit;
        this.mapper = mapper;
        this.knowsList = q.get("knows/list");
        this.knowsGet = q.get("knows/get");
        this.knowsEnds = q.get("knows/ends");
        this.knowsLock = q.get("knows/lock");
        this.knowsCreate = q.get("knows/create");
        this.knowsUpdate = q.get("knows/update");
        this.knowsDelete = q.get("knows/delete");
        this.ownsList = q.get("owns/list");
        this.ownsGet = q.get("owns/get");
        this.ownsTarget = q.get("owns/target");
        this.ownsCreate = q.get("owns/create");
        this.ownsDelete = q.get("owns/delete");
    }

    public List<Knows> knows(String accountId) {
        return db.read(tx -> tx.run(knowsList, Map.of("accountId", accountId))
                .list(r -> mapper.convertValue(r.get("row").asMap(), Knows.class)));
    }

    public Knows createKnows(String accountId, KnowsInput in, Actor actor) {
        return accountLock.write(accountId, tx -> {
            Record r = tx.run(knowsEnds, ends(accountId, in.staffId(), in.personId())).single();
            List<ApiException.FieldError> errors = new ArrayList<>();
            if (!r.get("staffFound").asBoolean()) {
                errors.add(new ApiException.FieldError("staffId", "no staff member with id '" + in.staffId() + "' on this account's team"));
            }
            if (!r.get("personFound").asBoolean()) {
                errors.add(new ApiException.FieldError("personId", "no person with id '" + in.personId() + "' in this account"));
            }
            if (!errors.isEmpty()) {
                throw ApiException.invalid(errors);
            }
            if (r.get("exists").asBoolean()) {
                throw ApiException.conflict("this staff member already knows that person: edit the tie instead");
            }
            tx.run(knowsCreate, knowsParams(accountId, in.staffId(), in.personId(), in)).consume();
            Knows after = findKnows(tx, accountId, in.staffId(), in.personId());
            audit.record(tx, accountId, actor, AuditRepository.Action.CREATE, "Knows", key(after), label(after), null, after);
            return after;
        });
    }

    public Knows updateKnows(String accountId, String staffId, String personId, KnowsInput in, Actor actor) {
        return accountLock.write(accountId, tx -> {
            lockKnows(tx, accountId, staffId, personId, in.version());
            Knows before = findKnows(tx, accountId, staffId, personId);
            tx.run(knowsUpdate, knowsParams(accountId, staffId, personId, in)).consume();
            Knows after = findKnows(tx, accountId, staffId, personId);
            audit.record(tx, accountId, actor, AuditRepository.Action.UPDATE, "Knows", key(after), label(after), before, after);
            return after;
        });
    }

    public void deleteKnows(String accountId, String staffId, String personId, long version, Actor actor) {
        accountLock.write(accountId, tx -> {
            lockKnows(tx, accountId, staffId, personId, version);
            Knows before = findKnows(tx, accountId, staffId, personId);
            tx.run(knowsDelete, ends(accountId, staffId, personId)).consume();
            audit.record(tx, accountId, actor, AuditRepository.Action.DELETE, "Knows", key(before), label(before), before, null);
            return null;
        });
    }

    public List<Owns> owns(String accountId) {
        return db.read(tx -> tx.run(ownsList, Map.of("accountId", accountId))
                .list(r -> mapper.convertValue(r.get("row").asMap(), Owns.class)));
    }

    /** At most one FIRST owner per target, and one ownership per staff member and target: otherwise 409. */
    public Owns createOwns(String accountId, OwnsInput in, Actor actor) {
        return accountLock.write(accountId, tx -> {
            Map<String, Object> p = ownsParams(accountId, in.staffId(), in.targetId());
            Record r = tx.run(ownsTarget, p).single();
            List<ApiException.FieldError> errors = new ArrayList<>();
            if (!r.get("staffFound").asBoolean()) {
                errors.add(new ApiException.FieldError("staffId", "no staff member with id '" + in.staffId() + "' on this account's team"));
            }
            if (!r.get("targetFound").asBoolean()) {
                errors.add(new ApiException.FieldError("targetId", "must be a person or an org of this account, or the account itself"));
            }
            if (!errors.isEmpty()) {
                throw ApiException.invalid(errors);
            }
            if (r.get("exists").asBoolean()) {
                throw ApiException.conflict("this staff member already owns " + r.get("targetName").asString()
                        + ": delete that ownership to change its priority");
            }
            if (in.priority() == io.powermap.domain.Vocabulary.OwnerPriority.FIRST && !r.get("firstOwner").isNull()) {
                throw ApiException.conflict(r.get("targetName").asString() + " already has a FIRST owner ("
                        + r.get("firstOwner").asString() + "): make this one SECOND or remove that owner first");
            }
            p.put("priority", in.priority().name());
            tx.run(ownsCreate, p).consume();
            Owns after = findOwns(tx, accountId, in.staffId(), in.targetId());
            audit.record(tx, accountId, actor, AuditRepository.Action.CREATE, "Owns", key(after), label(after), null, after);
            return after;
        });
    }

    public void deleteOwns(String accountId, String staffId, String targetId, Actor actor) {
        accountLock.write(accountId, tx -> {
            Owns before = findOwns(tx, accountId, staffId, targetId);
            tx.run(ownsDelete, ownsParams(accountId, staffId, targetId)).consume();
            audit.record(tx, accountId, actor, AuditRepository.Action.DELETE, "Owns", key(before), label(before), before, null);
            return null;
        });
    }

    private void lockKnows(TransactionContext tx, String accountId, String staffId, String personId, Long version) {
        Map<String, Object> current = tx.run(knowsLock, ends(accountId, staffId, personId))
                .list(r -> r.get("row").asMap()).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("knows tie", staffId + "/" + personId));
        long currentVersion = ((Number) current.get("version")).longValue();
        if (version == null || currentVersion != version) {
            throw ApiException.staleVersion("the tie " + current.get("staffName") + " → " + current.get("personName"),
                    version == null ? -1 : version, currentVersion);
        }
    }

    private Knows findKnows(TransactionContext tx, String accountId, String staffId, String personId) {
        return tx.run(knowsGet, ends(accountId, staffId, personId)).list(r -> mapper.convertValue(r.get("row").asMap(), Knows.class))
                .stream().findFirst().orElseThrow(() -> ApiException.notFound("knows tie", staffId + "/" + personId));
    }

    private Owns findOwns(TransactionContext tx, String accountId, String staffId, String targetId) {
        return tx.run(ownsGet, ownsParams(accountId, staffId, targetId)).list(r -> mapper.convertValue(r.get("row").asMap(), Owns.class))
                .stream().findFirst().orElseThrow(() -> ApiException.notFound("ownership", staffId + "/" + targetId));
    }

    private static Map<String, Object> ends(String accountId, String staffId, String personId) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("staffId", staffId);
        p.put("personId", personId);
        return p;
    }

    private static Map<String, Object> knowsParams(String accountId, String staffId, String personId, KnowsInput in) {
        Map<String, Object> p = ends(accountId, staffId, personId);
        p.put("strength", (long) in.strength());
        p.put("lastContact", in.lastContact());
        return p;
    }

    private static Map<String, Object> ownsParams(String accountId, String staffId, String targetId) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("staffId", staffId);
        p.put("targetId", targetId);
        return p;
    }

    private static String key(Knows k) {
        return k.staffId() + "/" + k.personId();
    }

    private static String label(Knows k) {
        return k.staffName() + " knows " + k.personName();
    }

    private static String key(Owns o) {
        return o.staffId() + "/" + o.targetId();
    }

    private static String label(Owns o) {
        return o.staffName() + " owns " + o.targetName() + " (" + o.priority() + ")";
    }
}
