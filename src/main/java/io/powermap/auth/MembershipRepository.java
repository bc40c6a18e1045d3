package io.powermap.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.audit.AuditRepository;
import io.powermap.auth.AuthRecords.Member;
import io.powermap.auth.AuthRecords.Membership;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import io.powermap.web.ApiException;
import org.neo4j.driver.TransactionContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Account teams: {@code (:User)-[:MEMBER {role}]->(:Account)}. Changes are recorded in the account's
 * audit log (entity type "Member") in the same transaction.
 */
public final class MembershipRepository {

    private final Database db;
    private final AuditRepository audit;
    private final ObjectMapper mapper;
    private final String list;
    private final String put;
    private final String delete;
    private final String accounts;

    public MembershipRepository(Database db, Queries q, AuditRepository audit, ObjectMapper mapper) {
        this.db = db;
        this.audit = audit;
        this.mapper = mapper;
        this.list = q.get("auth/member-list");
        this.put = q.get("auth/member-put");
        this.delete = q.get("auth/member-delete");
        this.accounts = q.get("auth/member-accounts");
    }

    public List<Member> members(String accountId) {
        return db.read(tx -> tx.run(list, Map.of("accountId", accountId))
                .list(r -> mapper.convertValue(r.get("row").asMap(), Member.class)));
    }

    public List<Membership> accountsOf(String userId) {
        return db.read(tx -> tx.run(accounts, Map.of("userId", userId))
                .list(r -> mapper.convertValue(r.get("row").asMap(), Membership.class)));
    }

    /** Sets a member's role; empty when the user or the account does not exist. Refuses to leave no owner. */
    public Optional<Member> put(String accountId, String userId, Role role, Actor actor) {
        return db.write(tx -> {
            var rows = tx.run(put, Map.of("accountId", accountId, "userId", userId, "role", role.name(),
                    "actorId", actor.id())).list();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            var r = rows.get(0);
            String before = r.get("before").isNull() ? null : r.get("before").asString();
            if (r.get("owners").asLong() == 0 && "OWNER".equals(before)) {
                throw ApiException.conflict("the account would have no owner left: make someone else OWNER first");
            }
            stillOwner(r, actor);
            Member member = mapper.convertValue(r.get("row").asMap(), Member.class);
            audit.record(tx, accountId, actor, before == null ? AuditRepository.Action.CREATE : AuditRepository.Action.UPDATE,
                    "Member", userId, member.username(), before == null ? null : Map.of("role", before), Map.of("role", role.name()));
            return Optional.of(member);
        });
    }

    /** Removes a member; false when they were not one. Refuses to remove the last owner. */
    public boolean delete(String accountId, String userId, Actor actor) {
        return db.write(tx -> {
            var rows = tx.run(delete, Map.of("accountId", accountId, "userId", userId, "actorId", actor.id())).list();
            if (rows.isEmpty()) {
                return false;
            }
            var r = rows.get(0);
            String before = r.get("before").asString();
            if (r.get("owners").asLong() == 0 && "OWNER".equals(before)) {
                throw ApiException.conflict("the account would have no owner left: make someone else OWNER first");
            }
            stillOwner(r, actor);
            audit.record(tx, accountId, actor, AuditRepository.Action.DELETE, "Member", userId,
                    r.get("username").asString(), Map.of("role", before), null);
            return true;
        });
    }

    /**
     * The route let the caller in as an OWNER; under the account's lock, re-checks that they still are one
     * (another OWNER may have changed their role meanwhile). An ADMIN, and the app itself, is OWNER everywhere.
     */
    private static void stillOwner(org.neo4j.driver.Record r, Actor actor) {
        if (!actor.admin() && !r.get("actorOwner").asBoolean()) {
            throw ApiException.forbidden("you are no longer an OWNER of this account");
        }
    }

    /** Makes the creator of a new account its OWNER, in the creating transaction (no-op for the system actor). */
    public void ownerOnCreate(TransactionContext tx, String accountId, Actor actor) {
        tx.run(put, Map.of("accountId", accountId, "userId", actor.id(), "role", Role.OWNER.name(), "actorId", actor.id()))
                .consume();
    }
}
