package io.powermap.visit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.audit.AuditRepository;
import io.powermap.auth.Actor;
import io.powermap.db.AccountLock;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import io.powermap.db.Versions;
import io.powermap.visit.VisitRecords.Action;
import io.powermap.visit.VisitRecords.ActionInput;
import io.powermap.visit.VisitRecords.Visit;
import io.powermap.visit.VisitRecords.VisitInput;
import io.powermap.visit.VisitRecords.VisitSummary;
import io.powermap.web.ApiException;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Visit plans and their follow-up actions, stored as the import stores them. Each write is one
 * transaction: lock, version check, reference checks, the change and its audit entry.
 */
public final class VisitRepository {

    /** What a brief adds per target beyond the analytics. */
    public record TargetDetails(String id, String name, String title, List<String> orgs,
                                List<Map<String, Object>> stanceHistory, String stanceUpdatedAt,
                                Map<String, List<String>> needs, List<Map<String, String>> criteria) {}

    private final Database db;
    private final AccountLock accountLock;
    private final AuditRepository audit;
    private final ObjectMapper mapper;
    private final Queries q;

    public VisitRepository(Database db, Queries queries, AuditRepository audit, ObjectMapper mapper) {
        this.db = db;
        this.accountLock = new AccountLock(db, queries);
        this.audit = audit;
        this.mapper = mapper;
        this.q = queries;
        for (String name : List.of("visit/list", "visit/get", "visit/lock", "visit/create", "visit/update",
                "visit/set-links", "visit/delete", "visit/check-refs", "visit/targets", "visit/last-visit",
                "visit/action-get", "visit/action-lock", "visit/action-create", "visit/action-update", "visit/action-set-links", "visit/action-delete")) {
            queries.get(name);
        }
    }

    public List<VisitSummary> list(String accountId) {
        return db.read(tx -> tx.run(q.get("visit/list"), Map.of("accountId", accountId))
                .list(r -> mapper.convertValue(r.get("row").asMap(), VisitSummary.class)));
    }

    public Optional<Visit> get(String accountId, String id) {
        return db.read(tx -> find(tx, accountId, id));
    }

    public List<TargetDetails> targets(String accountId, List<String> ids) {
        return db.read(tx -> tx.run(q.get("visit/targets"), Map.of("accountId", accountId, "ids", ids))
                .list(r -> mapper.convertValue(r.get("row").asMap(), TargetDetails.class)));
    }

    /** The day of our last visit (a DONE visit plan or a VISIT interaction) up to {@code today}. */
    public Optional<LocalDate> lastVisit(String accountId, LocalDate today) {
        return db.read(tx -> {
            Record r = tx.run(q.get("visit/last-visit"), Map.of("accountId", accountId, "today", today.toString())).single();
            return r.get("date").isNull() ? Optional.<LocalDate>empty() : Optional.of(LocalDate.parse(r.get("date").asString()));
        });
    }

    public Visit create(String accountId, VisitInput in, Actor actor) {
        String id = UUID.randomUUID().toString();
        return accountLock.write(accountId, tx -> {
            checkReferences(tx, accountId, in.staffIds(), in.targetIds(), in.opportunityId(), "staffIds", "targetIds");
            tx.run(q.get("visit/create"), Map.of("accountId", accountId, "id", id, "props", props(in))).consume();
            links(tx, accountId, id, in);
            Visit after = find(tx, accountId, id).orElseThrow(ApiException.accountDeletedMeanwhile(accountId));
            audit.record(tx, accountId, actor, AuditRepository.Action.CREATE, "VisitPlan", id, label(after), null, after);
            return after;
        });
    }

    public Visit update(String accountId, String id, VisitInput in, Actor actor) {
        return accountLock.write(accountId, tx -> {
            lock(tx, "visit/lock", accountId, id, null, in.version(), "visit");
            checkReferences(tx, accountId, in.staffIds(), in.targetIds(), in.opportunityId(), "staffIds", "targetIds");
            Visit before = find(tx, accountId, id).orElseThrow();
            tx.run(q.get("visit/update"), Map.of("accountId", accountId, "id", id, "props", props(in))).consume();
            links(tx, accountId, id, in);
            Visit after = find(tx, accountId, id).orElseThrow();
            audit.record(tx, accountId, actor, AuditRepository.Action.UPDATE, "VisitPlan", id, label(after), before, after);
            return after;
        });
    }

    public void delete(String accountId, String id, long version, Actor actor) {
        accountLock.write(accountId, tx -> {
            lock(tx, "visit/lock", accountId, id, null, version, "visit");
            Visit before = find(tx, accountId, id).orElseThrow();
            tx.run(q.get("visit/delete"), Map.of("accountId", accountId, "id", id)).consume();
            audit.record(tx, accountId, actor, AuditRepository.Action.DELETE, "VisitPlan", id, label(before), before, null);
            return null;
        });
    }

    public Action createAction(String accountId, String visitId, ActionInput in, Actor actor) {
        String id = UUID.randomUUID().toString();
        return accountLock.write(accountId, tx -> {
            find(tx, accountId, visitId).orElseThrow(() -> ApiException.notFound("visit", visitId));
            checkAction(tx, accountId, in);
            tx.run(q.get("visit/action-create"), Map.of("accountId", accountId, "visitId", visitId, "id", id,
                    "props", actionProps(in))).consume();
            actionLinks(tx, accountId, id, in);
            Action after = findAction(tx, accountId, visitId, id).orElseThrow();
            audit.record(tx, accountId, actor, AuditRepository.Action.CREATE, "Action", id, after.title(), null, after);
            return after;
        });
    }

    public Action updateAction(String accountId, String visitId, String id, ActionInput in, Actor actor) {
        return accountLock.write(accountId, tx -> {
            lock(tx, "visit/action-lock", accountId, id, visitId, in.version(), "action");
            checkAction(tx, accountId, in);
            Action before = findAction(tx, accountId, visitId, id).orElseThrow();
            tx.run(q.get("visit/action-update"), Map.of("accountId", accountId, "id", id, "props", actionProps(in))).consume();
            actionLinks(tx, accountId, id, in);
            Action after = findAction(tx, accountId, visitId, id).orElseThrow();
            audit.record(tx, accountId, actor, AuditRepository.Action.UPDATE, "Action", id, after.title(), before, after);
            return after;
        });
    }

    public void deleteAction(String accountId, String visitId, String id, long version, Actor actor) {
        accountLock.write(accountId, tx -> {
            lock(tx, "visit/action-lock", accountId, id, visitId, version, "action");
            Action before = findAction(tx, accountId, visitId, id).orElseThrow();
            tx.run(q.get("visit/action-delete"), Map.of("accountId", accountId, "id", id)).consume();
            audit.record(tx, accountId, actor, AuditRepository.Action.DELETE, "Action", id, before.title(), before, null);
            return null;
        });
    }

    private void lock(TransactionContext tx, String query, String accountId, String id, String visitId, long version, String what) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("id", id);
        p.put("visitId", visitId);
        Versions.lockAndCheck(tx, q.get(query), p, what, id, version);
    }

    private void checkAction(TransactionContext tx, String accountId, ActionInput in) {
        checkReferences(tx, accountId, List.of(in.ownerStaffId()), in.personId() == null ? List.of() : List.of(in.personId()),
                null, "ownerStaffId", "personId");
    }

    /** 400 naming each field whose id is not this account's (staff: not on its team). */
    private void checkReferences(TransactionContext tx, String accountId, List<String> staffIds, List<String> personIds,
                                 String opportunityId, String staffField, String personField) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("staffIds", staffIds);
        p.put("personIds", personIds);
        p.put("opportunityId", opportunityId);
        Record r = tx.run(q.get("visit/check-refs"), p).single();
        List<ApiException.FieldError> errors = new ArrayList<>();
        List<Object> missingStaff = r.get("missingStaff").asList();
        List<Object> missingPeople = r.get("missingPeople").asList();
        boolean list = staffField.endsWith("s");
        for (int i = 0; i < staffIds.size(); i++) {
            if (missingStaff.contains(staffIds.get(i))) {
                errors.add(new ApiException.FieldError(list ? staffField + "[" + i + "]" : staffField,
                        "no staff member with id '" + staffIds.get(i) + "' on this account's team"));
            }
        }
        for (int i = 0; i < personIds.size(); i++) {
            if (missingPeople.contains(personIds.get(i))) {
                errors.add(new ApiException.FieldError(list ? personField + "[" + i + "]" : personField,
                        "no person with id '" + personIds.get(i) + "' in this account"));
            }
        }
        if (opportunityId != null && !r.get("opportunityFound").asBoolean()) {
            errors.add(new ApiException.FieldError("opportunityId", "no opportunity with id '" + opportunityId + "' in this account"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private void links(TransactionContext tx, String accountId, String id, VisitInput in) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("id", id);
        p.put("opportunityId", in.opportunityId());
        p.put("staffIds", in.staffIds());
        p.put("targetIds", in.targetIds());
        tx.run(q.get("visit/set-links"), p).consume();
    }

    private void actionLinks(TransactionContext tx, String accountId, String id, ActionInput in) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("id", id);
        p.put("personId", in.personId());
        p.put("ownerStaffId", in.ownerStaffId());
        tx.run(q.get("visit/action-set-links"), p).consume();
    }

    private Optional<Visit> find(TransactionContext tx, String accountId, String id) {
        return tx.run(q.get("visit/get"), Map.of("accountId", accountId, "id", id)).list(r -> r.get("row").asMap())
                .stream().findFirst().map(row -> mapper.convertValue(row, Visit.class));
    }

    private Optional<Action> findAction(TransactionContext tx, String accountId, String visitId, String id) {
        return tx.run(q.get("visit/action-get"), Map.of("accountId", accountId, "visitId", visitId, "id", id))
                .list(r -> r.get("row").asMap()).stream().findFirst().map(row -> mapper.convertValue(row, Action.class));
    }

    private static Map<String, Object> props(VisitInput in) {
        Map<String, Object> p = new HashMap<>();
        p.put("date", in.date());
        p.put("status", in.status().name());
        p.put("objective", in.objective());
        return p;
    }

    private static Map<String, Object> actionProps(ActionInput in) {
        var a = in.asData();
        Map<String, Object> p = new HashMap<>();
        p.put("kind", a.kind().name());
        p.put("title", a.title());
        p.put("due", a.due());
        p.put("status", a.status().name());
        p.put("complianceRisk", a.complianceRisk().name());
        p.put("approvedBy", a.approvedBy());
        p.put("notes", a.notes());
        return p;
    }

    private static String label(Visit v) {
        return "Visit " + v.date() + (v.objective() == null ? "" : ": " + abbreviate(v.objective()));
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }
}
