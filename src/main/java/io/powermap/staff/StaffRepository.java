package io.powermap.staff;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.audit.AuditRepository;
import io.powermap.auth.Actor;
import io.powermap.db.AccountLock;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import io.powermap.staff.StaffRecords.Staff;
import io.powermap.staff.StaffRecords.StaffInput;
import io.powermap.web.ApiException;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Our staff: one node per person across accounts (merged by email, as the import does), joined to
 * account teams by {@code ON_TEAM}. Changes to a staff record go to the staff audit scope and to
 * the log of every account whose team they are on; team changes go to that account's log.
 */
public final class StaffRepository {

    /** The audit-log scope of staff records, which belong to no account. */
    public static final String AUDIT_SCOPE = "_staff";

    private final Database db;
    private final AccountLock accountLock;
    private final AuditRepository audit;
    private final ObjectMapper mapper;
    private final String list;
    private final String get;
    private final String lock;
    private final String byEmail;
    private final String create;
    private final String update;
    private final String teamAccounts;
    private final String teamJoin;
    private final String teamUsage;
    private final String teamLeave;

    public StaffRepository(Database db, Queries q, AuditRepository audit, ObjectMapper mapper) {
        this.db = db;
        this.accountLock = new AccountLock(db, q);
        this.audit = audit;
        this.mapper = mapper;
        this.list = q.get("staff/list");
        this.get = q.get("staff/get");
        this.lock = q.get("staff/lock");
        this.byEmail = q.get("staff/by-email");
        this.create = q.get("staff/create");
        this.update = q.get("staff/update");
        this.teamAccounts = q.get("staff/team-accounts");
        this.teamJoin = q.get("staff/team-join");
        this.teamUsage = q.get("staff/team-usage");
        this.teamLeave = q.get("staff/team-leave");
    }

    public List<Staff> list() {
        return db.read(tx -> tx.run(list).list(this::toStaff));
    }

    public Optional<Staff> get(String id) {
        return db.read(tx -> find(tx, id));
    }

    public Staff create(StaffInput in, Actor actor) {
        String id = UUID.randomUUID().toString();
        return uniqueEmail(() -> db.write(tx -> {
            checkEmail(tx, in.email(), null);
            tx.run(create, Map.of("id", id, "props", props(in))).consume();
            Staff after = find(tx, id).orElseThrow();
            audit.record(tx, AUDIT_SCOPE, actor, AuditRepository.Action.CREATE, "Staff", id, after.name(), null, audited(after));
            return after;
        }));
    }

    public Staff update(String id, StaffInput in, Actor actor) {
        return uniqueEmail(() -> db.write(tx -> {
            Map<String, Object> current = tx.run(lock, Map.of("id", id)).list(r -> r.get("row").asMap()).stream()
                    .findFirst().orElseThrow(() -> ApiException.notFound("staff member", id));
            long currentVersion = ((Number) current.get("version")).longValue();
            if (currentVersion != in.version()) {
                throw ApiException.staleVersion("staff member " + current.get("name"), in.version(), currentVersion);
            }
            checkEmail(tx, in.email(), id);
            Staff before = find(tx, id).orElseThrow();
            tx.run(update, Map.of("id", id, "props", props(in))).consume();
            Staff after = find(tx, id).orElseThrow();
            audit.record(tx, AUDIT_SCOPE, actor, AuditRepository.Action.UPDATE, "Staff", id, after.name(), audited(before),
                    audited(after));
            for (String accountId : tx.run(teamAccounts, Map.of("id", id)).list(r -> r.get("accountId").asString())) {
                audit.record(tx, accountId, actor, AuditRepository.Action.UPDATE, "Staff", id, after.name(), audited(before),
                        audited(after));
            }
            return after;
        }));
    }

    /**
     * A staff record as the audit log keeps it: without its accounts. Staff changes are read by every
     * signed-in user (and by each account's members), who must not learn other accounts' ids or names;
     * team changes are audited per account as TeamMember entries instead.
     */
    private Map<String, Object> audited(Staff s) {
        Map<String, Object> m = mapper.convertValue(s, new TypeReference<LinkedHashMap<String, Object>>() {});
        m.remove("accounts");
        return m;
    }

    /** Idempotent: joining a team one is on already changes nothing and writes no audit entry. */
    public Staff joinTeam(String accountId, String staffId, Actor actor) {
        return accountLock.write(accountId, tx -> {
            find(tx, staffId).orElseThrow(() -> ApiException.notFound("staff member", staffId));
            boolean joined = tx.run(teamJoin, Map.of("accountId", accountId, "staffId", staffId)).single()
                    .get("joined").asBoolean();
            Staff after = find(tx, staffId).orElseThrow();
            if (joined) {
                audit.record(tx, accountId, actor, AuditRepository.Action.CREATE, "TeamMember", staffId, after.name(),
                        null, Map.of("staffId", staffId, "name", after.name()));
            }
            return after;
        });
    }

    /**
     * Refuses (409) while the staff member still knows, owns, attended, is responsible for or joins
     * something in this account: those would point at a staff member the account's export no longer holds.
     */
    public void leaveTeam(String accountId, String staffId, Actor actor) {
        accountLock.write(accountId, tx -> {
            Record usage = tx.run(teamUsage, Map.of("accountId", accountId, "staffId", staffId)).list().stream()
                    .findFirst().orElseThrow(() -> ApiException.notFound("team member", staffId));
            List<String> left = new ArrayList<>();
            for (String key : List.of("knows", "owns", "interactions", "actions", "visits")) {
                long n = usage.get(key).asLong();
                if (n > 0) {
                    left.add(n + " " + key);
                }
            }
            Staff before = find(tx, staffId).orElseThrow();
            if (!left.isEmpty()) {
                throw ApiException.conflict(before.name() + " is still linked to this account (" + String.join(", ", left)
                        + "): remove those first");
            }
            tx.run(teamLeave, Map.of("accountId", accountId, "staffId", staffId)).consume();
            audit.record(tx, accountId, actor, AuditRepository.Action.DELETE, "TeamMember", staffId, before.name(),
                    Map.of("staffId", staffId, "name", before.name()), null);
            return null;
        });
    }

    private void checkEmail(TransactionContext tx, String email, String selfId) {
        if (email == null) {
            return;
        }
        Record r = tx.run(byEmail, Map.of("email", email)).single();
        if (!r.get("id").isNull() && !r.get("id").asString().equals(selfId)) {
            throw ApiException.conflict("a staff member with the email " + email + " already exists (" + r.get("id").asString() + ")");
        }
    }

    /** Two concurrent creates with one email both pass the check; the unique constraint stops the second. */
    private static <T> T uniqueEmail(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ClientException e) {
            if (e.code() != null && e.code().contains("ConstraintValidationFailed")) {
                throw ApiException.conflict("a staff member with that email already exists");
            }
            throw e;
        }
    }

    private Optional<Staff> find(TransactionContext tx, String id) {
        return tx.run(get, Map.of("id", id)).list(this::toStaff).stream().findFirst();
    }

    /** Stored properties, the same the import writes ({@code cypher/import/staff.cypher}). */
    private static Map<String, Object> props(StaffInput in) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", in.name());
        m.put("title", in.title());
        m.put("rank", in.rank().name());
        m.put("email", in.email());
        return m;
    }

    private Staff toStaff(Record r) {
        return mapper.convertValue(r.get("row").asMap(), Staff.class);
    }
}
