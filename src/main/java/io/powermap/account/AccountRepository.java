package io.powermap.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.account.AccountRecords.Account;
import io.powermap.account.AccountRecords.AccountInput;
import io.powermap.audit.AuditRepository;
import io.powermap.auth.Actor;
import io.powermap.auth.MembershipRepository;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import io.powermap.db.Versions;
import io.powermap.web.ApiException;
import org.neo4j.driver.Record;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class AccountRepository {

    private final Database db;
    private final AuditRepository audit;
    private final ObjectMapper mapper;
    private final MembershipRepository members;
    private final String list;
    private final String listForUser;
    private final String get;
    private final String create;
    private final String lock;
    private final String update;
    private final String delete;

    public AccountRepository(Database db, Queries q, AuditRepository audit, ObjectMapper mapper, MembershipRepository members) {
        this.db = db;
        this.audit = audit;
        this.mapper = mapper;
        this.members = members;
        this.list = q.get("account/list");
        this.listForUser = q.get("account/list-for-user");
        this.get = q.get("account/get");
        this.create = q.get("account/create");
        this.lock = q.get("account/lock");
        this.update = q.get("account/update");
        this.delete = q.get("account/delete");
    }

    public List<Account> list() {
        return db.read(tx -> tx.run(list).list(this::toAccount));
    }

    /** The accounts the user is a member of. */
    public List<Account> listFor(String userId) {
        return db.read(tx -> tx.run(listForUser, Map.of("userId", userId)).list(this::toAccount));
    }

    public Optional<Account> get(String id) {
        return db.read(tx -> tx.run(get, Map.of("id", id)).list(this::toAccount).stream().findFirst());
    }

    public Account create(AccountInput in, Actor actor) {
        String id = UUID.randomUUID().toString();
        return db.write(tx -> {
            Map<String, Object> after = tx.run(create, params(id, in)).single().get("row").asMap();
            audit.record(tx, id, actor, AuditRepository.Action.CREATE, "Account", id, in.name(), null, after);
            members.ownerOnCreate(tx, id, actor);
            return mapper.convertValue(after, Account.class);
        });
    }

    public Account update(String id, AccountInput in, Actor actor) {
        return db.write(tx -> {
            Map<String, Object> before = Versions.lockAndCheck(tx, lock, Map.of("id", id), "account", id, in.version());
            Map<String, Object> after = tx.run(update, params(id, in)).single().get("row").asMap();
            audit.record(tx, id, actor, AuditRepository.Action.UPDATE, "Account", id, in.name(), before, after);
            return mapper.convertValue(after, Account.class);
        });
    }

    /** Deletes only when {@code confirmName} equals the account's name, so a stray call cannot wipe an account. */
    public void delete(String id, String confirmName, Actor actor) {
        db.write(tx -> {
            Map<String, Object> before = tx.run(lock, Map.of("id", id)).list(r -> r.get("row").asMap()).stream()
                    .findFirst().orElseThrow(() -> ApiException.notFound("account", id));
            if (!before.get("name").equals(confirmName)) {
                throw ApiException.invalid("confirm", "must equal the account's name to delete it");
            }
            tx.run(delete, Map.of("id", id)).consume();
            audit.record(tx, id, actor, AuditRepository.Action.DELETE, "Account", id, confirmName, before, null);
            return null;
        });
    }

    private static Map<String, Object> params(String id, AccountInput in) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("name", in.name());
        p.put("customerClass", in.customerClass().name());
        p.put("orgLevel", in.orgLevel().name());
        p.put("notes", in.notes());
        return p;
    }

    private Account toAccount(Record r) {
        return mapper.convertValue(r.get("row").asMap(), Account.class);
    }
}
