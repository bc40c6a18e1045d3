package io.powermap.io.csv;

import io.powermap.audit.AuditRepository;
import io.powermap.auth.Actor;
import io.powermap.db.AccountLock;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import org.neo4j.driver.TransactionContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads what a CSV import resolves against and writes its plan, all in one transaction: the
 * account is locked, the snapshot read (and locked), the caller plans from it (throwing to reject
 * the file, which rolls back before anything is written), then the plan and its audit entries are
 * written together.
 */
public final class CsvImportRepository {

    /** A stored person as the import sees it; {@code row} is the audit's "before". */
    public record PersonRow(String id, String externalId, String name, String stance, String reportsTo,
                            List<String> orgIds, Map<String, Object> row) {}

    public record OrgRow(String id, String externalId, String name) {}

    /** A stored tie; {@code from} and {@code to} are person ids. */
    public record TieRow(String id, String from, String to, String kind, Map<String, Object> row) {}

    public record PeopleSnapshot(List<PersonRow> people, List<OrgRow> orgs) {}

    public record TiesSnapshot(List<PersonRow> people, List<TieRow> ties) {}

    public record AuditEntry(AuditRepository.Action action, String entityType, String entityId, String entityName,
                             Object before, Object after) {}

    /**
     * Rows ready for Cypher. creates/updates: {@code {id, props}}; memberships: {@code {personId, orgIds}};
     * reportsTo: {@code {personId, bossId}}; stances: {@code {personId, stance, note}}.
     */
    public record PeopleWrite(List<Map<String, Object>> creates, List<Map<String, Object>> updates,
                              List<Map<String, Object>> memberships, List<Map<String, Object>> reportsTo,
                              List<Map<String, Object>> stances, List<AuditEntry> audits, Map<String, Object> summary) {}

    /** creates: {@code {id, from, to, kind, props}}; updates: {@code {id, props}}. */
    public record TiesWrite(List<Map<String, Object>> creates, List<Map<String, Object>> updates,
                            List<AuditEntry> audits, Map<String, Object> summary) {}

    private final Database db;
    private final AuditRepository audit;
    private final AccountLock lockAccount;
    private final String lockPeople;
    private final String orgs;
    private final String lockTies;
    private final String createPeople;
    private final String updatePeople;
    private final String setMemberships;
    private final String setReportsTo;
    private final String recordStances;
    private final String createTies;
    private final String updateTies;

    public CsvImportRepository(Database db, Queries q, AuditRepository audit) {
        this.db = db;
        this.audit = audit;
        this.lockAccount = new AccountLock(db, q);
        this.lockPeople = q.get("csv/lock-people");
        this.orgs = q.get("csv/orgs");
        this.lockTies = q.get("csv/lock-ties");
        this.createPeople = q.get("csv/create-people");
        this.updatePeople = q.get("csv/update-people");
        this.setMemberships = q.get("csv/set-memberships");
        this.setReportsTo = q.get("csv/set-reports-to");
        this.recordStances = q.get("csv/record-stances");
        this.createTies = q.get("csv/create-ties");
        this.updateTies = q.get("csv/update-ties");
    }

    /** Plans from the locked snapshot and writes the plan; returns the plan written. */
    public PeopleWrite importPeople(String accountId, Actor actor, Function<PeopleSnapshot, PeopleWrite> planner) {
        return db.write(tx -> {
            String accountName = lockAccount(tx, accountId);
            PeopleWrite w = planner.apply(new PeopleSnapshot(people(tx, accountId), orgs(tx, accountId)));
            rows(tx, createPeople, accountId, w.creates());
            rows(tx, updatePeople, accountId, w.updates());
            rows(tx, setMemberships, accountId, w.memberships());
            rows(tx, setReportsTo, accountId, w.reportsTo());
            if (!w.stances().isEmpty()) {
                tx.run(recordStances, Map.of("accountId", accountId, "rows", w.stances(), "by", actor.name())).consume();
            }
            audits(tx, accountId, actor, accountName, w.audits(), w.summary());
            return w;
        });
    }

    public TiesWrite importTies(String accountId, Actor actor, Function<TiesSnapshot, TiesWrite> planner) {
        return db.write(tx -> {
            String accountName = lockAccount(tx, accountId);
            TiesWrite w = planner.apply(new TiesSnapshot(people(tx, accountId), ties(tx, accountId)));
            rows(tx, createTies, accountId, w.creates());
            rows(tx, updateTies, accountId, w.updates());
            audits(tx, accountId, actor, accountName, w.audits(), w.summary());
            return w;
        });
    }

    private String lockAccount(TransactionContext tx, String accountId) {
        return (String) lockAccount.take(tx, accountId).get("name");
    }

    private List<PersonRow> people(TransactionContext tx, String accountId) {
        return tx.run(lockPeople, Map.of("accountId", accountId)).list(r -> {
            Map<String, Object> row = r.get("row").asMap();
            @SuppressWarnings("unchecked")
            List<String> orgIds = (List<String>) row.get("orgIds");
            return new PersonRow((String) row.get("id"), (String) row.get("externalId"), (String) row.get("name"),
                    (String) row.get("stance"), (String) row.get("reportsTo"), orgIds, row);
        });
    }

    private List<OrgRow> orgs(TransactionContext tx, String accountId) {
        return tx.run(orgs, Map.of("accountId", accountId)).list(r -> {
            Map<String, Object> row = r.get("row").asMap();
            return new OrgRow((String) row.get("id"), (String) row.get("externalId"), (String) row.get("name"));
        });
    }

    private List<TieRow> ties(TransactionContext tx, String accountId) {
        return tx.run(lockTies, Map.of("accountId", accountId)).list(r -> {
            Map<String, Object> row = r.get("row").asMap();
            return new TieRow((String) row.get("id"), (String) row.get("from"), (String) row.get("to"),
                    (String) row.get("kind"), row);
        });
    }

    private void audits(TransactionContext tx, String accountId, Actor actor, String accountName,
                        List<AuditEntry> entries, Map<String, Object> summary) {
        for (AuditEntry e : entries) {
            audit.record(tx, accountId, actor, e.action(), e.entityType(), e.entityId(), e.entityName(), e.before(), e.after());
        }
        audit.record(tx, accountId, actor, AuditRepository.Action.IMPORT, "Account", accountId, accountName, null, summary);
    }

    private static void rows(TransactionContext tx, String query, String accountId, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            Map<String, Object> p = new HashMap<>();
            p.put("accountId", accountId);
            p.put("rows", rows);
            tx.run(query, p).consume();
        }
    }
}
