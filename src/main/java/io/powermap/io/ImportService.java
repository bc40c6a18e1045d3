package io.powermap.io;

import io.powermap.audit.AuditRepository;
import io.powermap.auth.MembershipRepository;
import io.powermap.auth.Actor;
import io.powermap.db.Database;
import io.powermap.io.AccountDocument.*;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Imports one {@code powermap/1} document as a new account in a single transaction: validated
 * whole first (every problem listed, nothing written), then written all or nothing.
 */
public final class ImportService {

    public record Result(String accountId, String name, Map<String, Integer> counts) {}

    private final Database db;
    private final ImportRepository repository;
    private final AuditRepository audit;
    private final MembershipRepository members;

    public ImportService(Database db, ImportRepository repository, AuditRepository audit, MembershipRepository members) {
        this.db = db;
        this.repository = repository;
        this.audit = audit;
        this.members = members;
    }

    public Result importDocument(AccountDocument doc, Actor actor) {
        DocumentValidator.validate(doc).orThrow();
        Ids ids = new Ids();
        String accountId = ids.fresh();
        ImportRepository.Plan plan = plan(doc, accountId, ids);
        Map<String, Integer> counts = counts(doc);
        db.write(tx -> {
            Map<String, String> staffIds = repository.writeCore(tx, plan);
            repository.writeStaffLinked(tx, accountId, staffLinked(doc, ids, staffIds, accountId));
            audit.record(tx, accountId, actor, AuditRepository.Action.IMPORT, "Account", accountId,
                    doc.account().name(), null, counts);
            members.ownerOnCreate(tx, accountId, actor);
            return null;
        });
        return new Result(accountId, doc.account().name(), counts);
    }

    /** File ids are only unique per section, so each section has its own id map. */
    private static final class Ids {
        final Map<String, Map<String, String>> bySection = new HashMap<>();

        String fresh() {
            return UUID.randomUUID().toString();
        }

        String assign(String section, String fileId) {
            return bySection.computeIfAbsent(section, s -> new HashMap<>()).computeIfAbsent(fileId, f -> fresh());
        }

        String get(String section, String fileId) {
            return fileId == null ? null : bySection.getOrDefault(section, Map.of()).get(fileId);
        }
    }

    private static ImportRepository.Plan plan(AccountDocument doc, String accountId, Ids ids) {
        doc.orgs().forEach(o -> ids.assign("org", o.id()));
        doc.people().forEach(p -> ids.assign("person", p.id()));
        doc.competitors().forEach(c -> ids.assign("competitor", c.id()));
        doc.opportunities().forEach(o -> ids.assign("opportunity", o.id()));
        doc.visits().forEach(v -> ids.assign("visit", v.id()));

        AccountData a = doc.account();
        Map<String, Object> account = new HashMap<>();
        account.put("id", accountId);
        account.put("externalId", a.id());
        account.put("name", a.name());
        account.put("customerClass", a.customerClass().name());
        account.put("orgLevel", a.orgLevel().name());
        account.put("notes", a.notes());

        List<Map<String, Object>> orgs = map(doc.orgs(), o -> row(
                "id", ids.get("org", o.id()), "externalId", o.id(), "name", o.name(), "kind", o.kind().name(),
                "extensiveLevel", name(o.extensiveLevel()), "parentId", ids.get("org", o.parentId())));

        List<Map<String, Object>> people = new ArrayList<>();
        List<Map<String, Object>> memberships = new ArrayList<>();
        List<Map<String, Object>> reportsTo = new ArrayList<>();
        List<Map<String, Object>> history = new ArrayList<>();
        for (PersonData p : doc.people()) {
            String pid = ids.get("person", p.id());
            people.add(personRow(p, pid, p.id()));
            for (int k = 0; k < p.orgIds().size(); k++) {
                String orgFileId = p.orgIds().get(k);
                memberships.add(row("personId", pid, "orgId", ids.get("org", orgFileId),
                        "title", p.orgRoles().get(orgFileId), "position", (long) k));
            }
            if (p.reportsTo() != null) {
                reportsTo.add(row("personId", pid, "bossId", ids.get("person", p.reportsTo())));
            }
            for (StanceEntry e : p.stanceHistory()) {
                history.add(row("id", ids.fresh(), "personId", pid, "stance", e.stance().name(),
                        "at", e.at().atZone(ZoneOffset.UTC), "by", e.by(), "note", e.note()));
            }
        }
        List<Map<String, Object>> influences = map(doc.influences(), t -> row(
                "id", ids.fresh(), "from", ids.get("person", t.from()), "to", ids.get("person", t.to()),
                "kind", t.kind().name(), "strength", (long) t.strength(), "confidence", t.confidence(),
                "source", t.source(), "since", t.since()));
        List<Map<String, Object>> staff = map(doc.staff(), s -> row(
                "fileId", s.id(), "id", ids.fresh(), "externalId", s.id(), "name", s.name(), "title", s.title(),
                "rank", s.rank().name(), "email", s.email() == null ? null : s.email().toLowerCase()));
        List<Map<String, Object>> competitors = map(doc.competitors(), c -> row(
                "id", ids.get("competitor", c.id()), "externalId", c.id(), "name", c.name()));
        List<Map<String, Object>> alignments = map(doc.alignments(), al -> row(
                "personId", ids.get("person", al.personId()), "competitorId", ids.get("competitor", al.competitorId()),
                "strength", (long) al.strength()));
        List<Map<String, Object>> opportunities = map(doc.opportunities(), o -> row(
                "id", ids.get("opportunity", o.id()), "externalId", o.id(), "name", o.name(), "stage", o.stage().name(),
                "value", o.value(), "currency", o.currency(), "closeDate", o.closeDate()));
        List<Map<String, Object>> roles = new ArrayList<>();
        for (OpportunityData o : doc.opportunities()) {
            for (int k = 0; k < o.roles().size(); k++) {
                RoleData r = o.roles().get(k);
                roles.add(row("personId", ids.get("person", r.personId()), "opportunityId", ids.get("opportunity", o.id()),
                        "decisionRole", r.decisionRole().name(), "hidden", r.hidden(), "position", (long) k));
            }
        }
        return new ImportRepository.Plan(account, orgs, people, memberships, reportsTo, history, influences, staff,
                competitors, alignments, opportunities, roles);
    }

    private static ImportRepository.StaffLinked staffLinked(AccountDocument doc, Ids ids, Map<String, String> staffIds,
                                                            String accountId) {
        List<Map<String, Object>> knows = map(doc.knows(), k -> row(
                "staffId", staffIds.get(k.staffId()), "personId", ids.get("person", k.personId()),
                "strength", (long) k.strength(), "lastContact", k.lastContact()));
        List<Map<String, Object>> owns = map(doc.owns(), o -> {
            String target = ids.get("person", o.targetId());
            if (target == null) {
                target = ids.get("org", o.targetId());
            }
            if (target == null) {
                target = accountId;
            }
            return row("staffId", staffIds.get(o.staffId()), "targetId", target, "priority", o.priority().name());
        });
        List<Map<String, Object>> interactions = map(doc.interactions(), i -> row(
                "id", ids.fresh(), "externalId", i.id(), "date", i.date(), "kind", i.kind().name(), "summary", i.summary(),
                "personIds", i.personIds().stream().map(p -> ids.get("person", p)).toList(),
                "staffIds", i.staffIds().stream().map(staffIds::get).toList()));
        List<Map<String, Object>> actions = map(doc.actions(), x -> row(
                "id", ids.fresh(), "externalId", x.id(), "kind", x.kind().name(), "title", x.title(), "due", x.due(),
                "status", x.status().name(), "complianceRisk", x.complianceRisk().name(), "approvedBy", x.approvedBy(),
                "notes", x.notes(), "personId", ids.get("person", x.personId()),
                "ownerStaffId", x.ownerStaffId() == null ? null : staffIds.get(x.ownerStaffId()),
                "visitId", ids.get("visit", x.visitId())));
        List<Map<String, Object>> visits = map(doc.visits(), v -> row(
                "id", ids.get("visit", v.id()), "externalId", v.id(), "date", v.date(), "status", v.status().name(),
                "objective", v.objective(), "opportunityId", ids.get("opportunity", v.opportunityId()),
                "staffIds", v.staffIds().stream().map(staffIds::get).toList(),
                "targetIds", v.targetIds().stream().map(p -> ids.get("person", p)).toList()));
        return new ImportRepository.StaffLinked(knows, owns, interactions, actions, visits);
    }

    /** The stored properties of a person; shared with the person API so both write the same shape. */
    public static Map<String, Object> personRow(PersonData p, String id, String externalId) {
        Map<String, Object> r = row(
                "id", id, "externalId", externalId, "name", p.name(), "title", p.title(), "rank", p.rank().name(),
                "decisionRole", name(p.decisionRole()), "stance", p.stance().name(),
                "risingStar", p.risingStar(), "onOrgChart", p.onOrgChart(),
                "needsProfessional", p.needs().professional(), "needsPersonal", p.needs().personal(),
                "criteriaCategories", p.criteria().stream().map(c -> c.category().name()).toList(),
                "criteriaNotes", p.criteria().stream().map(c -> c.note() == null ? "" : c.note()).toList(),
                "notes", p.notes(), "tags", p.tags());
        r.put("stanceUpdatedAt", p.stanceHistory().isEmpty() ? null
                : p.stanceHistory().get(p.stanceHistory().size() - 1).at().atZone(ZoneOffset.UTC));
        return r;
    }

    private static Map<String, Integer> counts(AccountDocument doc) {
        Map<String, Integer> c = new LinkedHashMap<>();
        c.put("orgs", doc.orgs().size());
        c.put("people", doc.people().size());
        c.put("influences", doc.influences().size());
        c.put("staff", doc.staff().size());
        c.put("knows", doc.knows().size());
        c.put("owns", doc.owns().size());
        c.put("competitors", doc.competitors().size());
        c.put("alignments", doc.alignments().size());
        c.put("opportunities", doc.opportunities().size());
        c.put("interactions", doc.interactions().size());
        c.put("actions", doc.actions().size());
        c.put("visits", doc.visits().size());
        return c;
    }

    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static <T> List<Map<String, Object>> map(List<T> items, Function<T, Map<String, Object>> f) {
        return items.stream().map(f).toList();
    }
}
