package io.powermap.io;

import io.powermap.audit.AuditRepository;
import io.powermap.auth.MembershipRepository;
import io.powermap.auth.Actor;
import io.powermap.db.Database;
import io.powermap.io.AccountDocument.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            return ImportRows.freshId();
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

        Map<String, Object> account = ImportRows.account(doc.account(), accountId, null);
        List<Map<String, Object>> orgs = map(doc.orgs(), o -> ImportRows.org(o, ids.get("org", o.id()), ids.get("org", o.parentId())));

        List<Map<String, Object>> people = new ArrayList<>();
        List<Map<String, Object>> memberships = new ArrayList<>();
        List<Map<String, Object>> reportsTo = new ArrayList<>();
        List<Map<String, Object>> history = new ArrayList<>();
        for (PersonData p : doc.people()) {
            String pid = ids.get("person", p.id());
            people.add(ImportRows.person(p, pid, p.id()));
            for (int k = 0; k < p.orgIds().size(); k++) {
                memberships.add(ImportRows.membership(p, pid, k, ids.get("org", p.orgIds().get(k))));
            }
            if (p.reportsTo() != null) {
                reportsTo.add(ImportRows.reportsTo(pid, ids.get("person", p.reportsTo())));
            }
            for (StanceEntry e : p.stanceHistory()) {
                history.add(ImportRows.stanceChange(e, pid));
            }
        }
        List<Map<String, Object>> influences = map(doc.influences(), t ->
                ImportRows.influence(t, ids.get("person", t.from()), ids.get("person", t.to())));
        List<Map<String, Object>> staff = map(doc.staff(), ImportRows::staff);
        List<Map<String, Object>> competitors = map(doc.competitors(), c -> ImportRows.competitor(c, ids.get("competitor", c.id())));
        List<Map<String, Object>> alignments = map(doc.alignments(), al ->
                ImportRows.alignment(al, ids.get("person", al.personId()), ids.get("competitor", al.competitorId())));
        List<Map<String, Object>> opportunities = map(doc.opportunities(), o -> ImportRows.opportunity(o, ids.get("opportunity", o.id())));
        List<Map<String, Object>> roles = new ArrayList<>();
        for (OpportunityData o : doc.opportunities()) {
            for (int k = 0; k < o.roles().size(); k++) {
                RoleData r = o.roles().get(k);
                roles.add(ImportRows.role(r, k, ids.get("person", r.personId()), ids.get("opportunity", o.id())));
            }
        }
        List<Map<String, Object>> targets = map(doc.targets(), t ->
                ImportRows.target(t, ids.get("person", t.personId()), ids.get("opportunity", t.opportunityId())));
        return new ImportRepository.Plan(account, orgs, people, memberships, reportsTo, history, influences, staff,
                competitors, alignments, opportunities, roles, targets);
    }

    private static ImportRepository.StaffLinked staffLinked(AccountDocument doc, Ids ids, Map<String, String> staffIds,
                                                            String accountId) {
        List<Map<String, Object>> knows = map(doc.knows(), k ->
                ImportRows.knows(k, staffIds.get(k.staffId()), ids.get("person", k.personId())));
        List<Map<String, Object>> owns = map(doc.owns(), o -> {
            String target = ids.get("person", o.targetId());
            if (target == null) {
                target = ids.get("org", o.targetId());
            }
            if (target == null) {
                target = accountId;
            }
            return ImportRows.owns(o, staffIds.get(o.staffId()), target);
        });
        List<Map<String, Object>> interactions = map(doc.interactions(), i ->
                ImportRows.interaction(i, p -> ids.get("person", p), staffIds::get));
        List<Map<String, Object>> actions = map(doc.actions(), x -> ImportRows.action(x, ids.get("person", x.personId()),
                x.ownerStaffId() == null ? null : staffIds.get(x.ownerStaffId()), ids.get("visit", x.visitId())));
        List<Map<String, Object>> visits = map(doc.visits(), v -> ImportRows.visit(v, ids.get("visit", v.id()),
                ids.get("opportunity", v.opportunityId()), p -> ids.get("person", p), staffIds::get));
        return new ImportRepository.StaffLinked(knows, owns, interactions, actions, visits);
    }

    /** The stored properties of a person; shared with the person API so both write the same shape. */
    public static Map<String, Object> personRow(PersonData p, String id, String externalId) {
        return ImportRows.person(p, id, externalId);
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
        c.put("targets", doc.targets().size());
        return c;
    }

    private static <T> List<Map<String, Object>> map(List<T> items, Function<T, Map<String, Object>> f) {
        return items.stream().map(f).toList();
    }
}
