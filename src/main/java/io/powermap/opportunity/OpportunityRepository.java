package io.powermap.opportunity;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.audit.AuditRepository;
import io.powermap.auth.Actor;
import io.powermap.db.AccountLock;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import io.powermap.db.Versions;
import io.powermap.opportunity.OpportunityRecords.Opportunity;
import io.powermap.opportunity.OpportunityRecords.OpportunityInput;
import io.powermap.opportunity.OpportunityRecords.RoleInput;
import io.powermap.opportunity.OpportunityRecords.RolesInput;
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
 * Opportunities ({@code (Opportunity {accountId})-[:FOR_ACCOUNT]->(Account)}) and their decision
 * chain ({@code (Person)-[:ROLE_IN {decisionRole, hidden, position}]->(Opportunity)}), as the import
 * stores them. Replacing the chain bumps the opportunity's version.
 */
public final class OpportunityRepository {

    private final Database db;
    private final AccountLock accountLock;
    private final AuditRepository audit;
    private final ObjectMapper mapper;
    private final String list;
    private final String get;
    private final String lock;
    private final String create;
    private final String update;
    private final String delete;
    private final String checkPeople;
    private final String setRoles;

    public OpportunityRepository(Database db, Queries q, AuditRepository audit, ObjectMapper mapper) {
        this.db = db;
        this.accountLock = new AccountLock(db, q);
        this.audit = audit;
        this.mapper = mapper;
        this.list = q.get("opportunity/list");
        this.get = q.get("opportunity/get");
        this.lock = q.get("opportunity/lock");
        this.create = q.get("opportunity/create");
        this.update = q.get("opportunity/update");
        this.delete = q.get("opportunity/delete");
        this.checkPeople = q.get("opportunity/check-people");
        this.setRoles = q.get("opportunity/set-roles");
    }

    public List<Opportunity> list(String accountId) {
        return db.read(tx -> tx.run(list, Map.of("accountId", accountId)).list(this::toOpportunity));
    }

    public Optional<Opportunity> get(String accountId, String id) {
        return db.read(tx -> find(tx, accountId, id));
    }

    public Opportunity create(String accountId, OpportunityInput in, Actor actor) {
        String id = UUID.randomUUID().toString();
        return accountLock.write(accountId, tx -> {
            tx.run(create, Map.of("accountId", accountId, "id", id, "props", props(in))).consume();
            Opportunity after = find(tx, accountId, id).orElseThrow(ApiException.accountDeletedMeanwhile(accountId));
            audit.record(tx, accountId, actor, AuditRepository.Action.CREATE, "Opportunity", id, after.name(), null, after);
            return after;
        });
    }

    public Opportunity update(String accountId, String id, OpportunityInput in, Actor actor) {
        return accountLock.write(accountId, tx -> {
            lockAndCheck(tx, accountId, id, in.version());
            Opportunity before = find(tx, accountId, id).orElseThrow();
            tx.run(update, Map.of("accountId", accountId, "id", id, "props", props(in))).consume();
            Opportunity after = find(tx, accountId, id).orElseThrow();
            audit.record(tx, accountId, actor, AuditRepository.Action.UPDATE, "Opportunity", id, after.name(), before, after);
            return after;
        });
    }

    public Opportunity setRoles(String accountId, String id, RolesInput in, Actor actor) {
        return accountLock.write(accountId, tx -> {
            lockAndCheck(tx, accountId, id, in.version());
            List<String> personIds = in.roles().stream().map(RoleInput::personId).toList();
            List<Object> missing = tx.run(checkPeople, Map.of("accountId", accountId, "personIds", personIds))
                    .single().get("missing").asList();
            List<ApiException.FieldError> errors = new ArrayList<>();
            for (int i = 0; i < personIds.size(); i++) {
                if (missing.contains(personIds.get(i))) {
                    errors.add(new ApiException.FieldError("roles[" + i + "].personId",
                            "no person with id '" + personIds.get(i) + "' in this account"));
                }
            }
            if (!errors.isEmpty()) {
                throw ApiException.invalid(errors);
            }
            Opportunity before = find(tx, accountId, id).orElseThrow();
            List<Map<String, Object>> roles = in.roles().stream().map(r -> {
                Map<String, Object> m = new HashMap<>();
                m.put("personId", r.personId());
                m.put("decisionRole", r.decisionRole().name());
                m.put("hidden", r.hidden());
                return m;
            }).toList();
            tx.run(setRoles, Map.of("accountId", accountId, "id", id, "roles", roles)).consume();
            Opportunity after = find(tx, accountId, id).orElseThrow();
            audit.record(tx, accountId, actor, AuditRepository.Action.UPDATE, "Opportunity", id, after.name(),
                    Map.of("roles", before.roles()), Map.of("roles", after.roles()));
            return after;
        });
    }

    public void delete(String accountId, String id, long version, Actor actor) {
        accountLock.write(accountId, tx -> {
            lockAndCheck(tx, accountId, id, version);
            Opportunity before = find(tx, accountId, id).orElseThrow();
            tx.run(delete, Map.of("accountId", accountId, "id", id)).consume();
            audit.record(tx, accountId, actor, AuditRepository.Action.DELETE, "Opportunity", id, before.name(), before, null);
            return null;
        });
    }

    private void lockAndCheck(TransactionContext tx, String accountId, String id, Long version) {
        Versions.lockAndCheck(tx, lock, Map.of("accountId", accountId, "id", id), "opportunity", id, version);
    }

    private Optional<Opportunity> find(TransactionContext tx, String accountId, String id) {
        return tx.run(get, Map.of("accountId", accountId, "id", id)).list(this::toOpportunity).stream().findFirst();
    }

    /** Stored properties, the same the import writes ({@code cypher/import/opportunities.cypher}). */
    private static Map<String, Object> props(OpportunityInput in) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", in.name());
        m.put("stage", in.stage().name());
        m.put("value", in.value());
        m.put("currency", in.currency());
        m.put("closeDate", in.closeDate());
        return m;
    }

    private Opportunity toOpportunity(Record r) {
        return mapper.convertValue(r.get("row").asMap(), Opportunity.class);
    }
}
