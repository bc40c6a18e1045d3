package io.powermap.org;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.audit.AuditRepository;
import io.powermap.auth.Actor;
import io.powermap.db.AccountLock;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import io.powermap.db.Versions;
import io.powermap.org.OrgRecords.Org;
import io.powermap.org.OrgRecords.OrgInput;
import io.powermap.web.ApiException;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Orgs of an account. Each write runs in one transaction: lock, version check, reference checks,
 * the change and its audit entry. Stored as the import stores them: top-level orgs are
 * {@code PART_OF} the account, the others {@code PART_OF} their parent org.
 */
public final class OrgRepository {

    private final Database db;
    private final AccountLock accountLock;
    private final AuditRepository audit;
    private final ObjectMapper mapper;
    private final String list;
    private final String get;
    private final String lock;
    private final String checkParent;
    private final String create;
    private final String update;
    private final String setParent;
    private final String delete;

    public OrgRepository(Database db, Queries q, AuditRepository audit, ObjectMapper mapper) {
        this.db = db;
        this.accountLock = new AccountLock(db, q);
        this.audit = audit;
        this.mapper = mapper;
        this.list = q.get("org/list");
        this.get = q.get("org/get");
        this.lock = q.get("org/lock");
        this.checkParent = q.get("org/check-parent");
        this.create = q.get("org/create");
        this.update = q.get("org/update");
        this.setParent = q.get("org/set-parent");
        this.delete = q.get("org/delete");
    }

    public List<Org> list(String accountId) {
        return db.read(tx -> tx.run(list, Map.of("accountId", accountId)).list(this::toOrg));
    }

    public Optional<Org> get(String accountId, String id) {
        return db.read(tx -> find(tx, accountId, id));
    }

    public Org create(String accountId, OrgInput in, Actor actor) {
        String id = UUID.randomUUID().toString();
        return accountLock.write(accountId, tx -> {
            checkParent(tx, accountId, id, in.parentId());
            tx.run(create, Map.of("accountId", accountId, "id", id, "props", props(in))).consume();
            parent(tx, accountId, id, in.parentId());
            Org after = find(tx, accountId, id).orElseThrow(ApiException.accountDeletedMeanwhile(accountId));
            audit.record(tx, accountId, actor, AuditRepository.Action.CREATE, "Org", id, after.name(), null, after);
            return after;
        });
    }

    public Org update(String accountId, String id, OrgInput in, Actor actor) {
        return accountLock.write(accountId, tx -> {
            lockAndCheck(tx, accountId, id, in.version());
            checkParent(tx, accountId, id, in.parentId());
            Org before = find(tx, accountId, id).orElseThrow();
            tx.run(update, Map.of("accountId", accountId, "id", id, "props", props(in))).consume();
            parent(tx, accountId, id, in.parentId());
            Org after = find(tx, accountId, id).orElseThrow();
            audit.record(tx, accountId, actor, AuditRepository.Action.UPDATE, "Org", id, after.name(), before, after);
            return after;
        });
    }

    /** Refuses (409) while people are members or orgs hang below it: nothing is detached silently. */
    public void delete(String accountId, String id, long version, Actor actor) {
        accountLock.write(accountId, tx -> {
            lockAndCheck(tx, accountId, id, version);
            Org before = find(tx, accountId, id).orElseThrow();
            if (before.members() > 0 || before.children() > 0) {
                throw ApiException.conflict("org " + before.name() + " still has " + before.members() + " member(s) and "
                        + before.children() + " child org(s): move or remove them first");
            }
            tx.run(delete, Map.of("accountId", accountId, "id", id)).consume();
            audit.record(tx, accountId, actor, AuditRepository.Action.DELETE, "Org", id, before.name(), before, null);
            return null;
        });
    }

    private void lockAndCheck(TransactionContext tx, String accountId, String id, Long version) {
        Versions.lockAndCheck(tx, lock, Map.of("accountId", accountId, "id", id), "org", id, version);
    }

    private void checkParent(TransactionContext tx, String accountId, String id, String parentId) {
        if (parentId == null) {
            return;
        }
        if (parentId.equals(id)) {
            throw ApiException.invalid("parentId", "an org cannot be its own parent");
        }
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("id", id);
        p.put("parentId", parentId);
        Record r = tx.run(checkParent, p).single();
        if (!r.get("parentFound").asBoolean()) {
            throw ApiException.invalid("parentId", "no org with id '" + parentId + "' in this account");
        }
        if (r.get("wouldLoop").asBoolean()) {
            throw ApiException.invalid("parentId", "would create a cycle: that org is below this one");
        }
    }

    private void parent(TransactionContext tx, String accountId, String id, String parentId) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("id", id);
        p.put("parentId", parentId);
        tx.run(setParent, p).consume();
    }

    private Optional<Org> find(TransactionContext tx, String accountId, String id) {
        return tx.run(get, Map.of("accountId", accountId, "id", id)).list(this::toOrg).stream().findFirst();
    }

    /** Stored properties, the same the import writes ({@code cypher/import/orgs.cypher}). */
    private static Map<String, Object> props(OrgInput in) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", in.name());
        m.put("kind", in.kind().name());
        m.put("extensiveLevel", in.extensiveLevel() == null ? null : in.extensiveLevel().name());
        return m;
    }

    private Org toOrg(Record r) {
        return mapper.convertValue(r.get("row").asMap(), Org.class);
    }
}
