package io.powermap.io;

import io.powermap.db.Queries;
import org.neo4j.driver.TransactionContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes a prepared import, section by section, inside the caller's single transaction. */
public final class ImportRepository {

    /** Rows ready for Cypher: app-assigned UUIDs, references already resolved to them. */
    public record Plan(
            Map<String, Object> account,
            List<Map<String, Object>> orgs,
            List<Map<String, Object>> people,
            List<Map<String, Object>> memberships,
            List<Map<String, Object>> reportsTo,
            List<Map<String, Object>> stanceHistory,
            List<Map<String, Object>> influences,
            List<Map<String, Object>> staff,
            List<Map<String, Object>> competitors,
            List<Map<String, Object>> alignments,
            List<Map<String, Object>> opportunities,
            List<Map<String, Object>> roles,
            List<Map<String, Object>> targets) {}

    /** The sections that refer to staff, written once staff ids are known (staff may be reused by email). */
    public record StaffLinked(
            List<Map<String, Object>> knows,
            List<Map<String, Object>> owns,
            List<Map<String, Object>> interactions,
            List<Map<String, Object>> actions,
            List<Map<String, Object>> visits) {}

    private final Queries q;

    public ImportRepository(Queries queries) {
        this.q = queries;
        // Resolve every query now so a missing file fails at start.
        for (String name : List.of("account", "orgs", "org-parents", "people", "memberships", "reports-to",
                "stance-history", "influences", "staff", "knows", "owns", "competitors", "alignments",
                "opportunities", "roles", "interactions", "actions", "visits", "targets")) {
            queries.get("import/" + name);
        }
    }

    /** Writes everything but the staff-linked sections; returns file staff id to stored staff id. */
    public Map<String, String> writeCore(TransactionContext tx, Plan plan) {
        String accountId = (String) plan.account().get("id");
        account(tx, plan.account());
        rows(tx, "orgs", accountId, plan.orgs());
        rows(tx, "org-parents", accountId, plan.orgs());
        rows(tx, "people", accountId, plan.people());
        rows(tx, "memberships", accountId, plan.memberships());
        rows(tx, "reports-to", accountId, plan.reportsTo());
        rows(tx, "stance-history", accountId, plan.stanceHistory());
        rows(tx, "influences", accountId, plan.influences());
        rows(tx, "competitors", accountId, plan.competitors());
        rows(tx, "alignments", accountId, plan.alignments());
        rows(tx, "opportunities", accountId, plan.opportunities());
        rows(tx, "roles", accountId, plan.roles());
        rows(tx, "targets", accountId, plan.targets());
        return staff(tx, accountId, plan.staff());
    }

    public void writeStaffLinked(TransactionContext tx, String accountId, StaffLinked linked) {
        rows(tx, "knows", accountId, linked.knows());
        rows(tx, "owns", accountId, linked.owns());
        rows(tx, "interactions", accountId, linked.interactions());
        rows(tx, "visits", accountId, linked.visits());
        rows(tx, "actions", accountId, linked.actions());
    }

    /** Creates the account node; {@code importing = true} keeps it invisible until a bulk import publishes it. */
    public void account(TransactionContext tx, Map<String, Object> account) {
        tx.run(q.get("import/account"), account).consume();
    }

    /** Staff rows joined to the account's team; returns file staff id to stored staff id (reused by email). */
    public Map<String, String> staff(TransactionContext tx, String accountId, List<Map<String, Object>> rows) {
        Map<String, String> staffIds = new HashMap<>();
        if (!rows.isEmpty()) {
            tx.run(q.get("import/staff"), Map.of("accountId", accountId, "rows", rows))
                    .forEachRemaining(r -> staffIds.put(r.get("fileId").asString(), r.get("id").asString()));
        }
        return staffIds;
    }

    /** One section's rows through its {@code cypher/import/<name>.cypher} query. */
    public void rows(TransactionContext tx, String name, String accountId, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            tx.run(q.get("import/" + name), Map.of("accountId", accountId, "rows", rows)).consume();
        }
    }
}
