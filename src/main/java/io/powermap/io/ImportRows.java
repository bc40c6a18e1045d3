package io.powermap.io;

import io.powermap.io.AccountDocument.*;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * The Cypher rows of each section of a {@code powermap/1} document, with references already
 * resolved to stored ids: the one definition of the stored shape, shared by the single-transaction
 * import ({@link ImportService}) and the streaming bulk import, so both write exactly the same graph.
 */
public final class ImportRows {

    private ImportRows() {}

    /** A random (version 4) UUID without SecureRandom's lock: bulk imports need a million of them. */
    public static String freshId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long msb = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new java.util.UUID(msb, lsb).toString();
    }

    public static Map<String, Object> account(AccountData a, String accountId, Boolean importing) {
        Map<String, Object> account = new HashMap<>();
        account.put("id", accountId);
        account.put("externalId", a.id());
        account.put("name", a.name());
        account.put("customerClass", a.customerClass().name());
        account.put("orgLevel", a.orgLevel().name());
        account.put("notes", a.notes());
        account.put("importing", importing);
        return account;
    }

    public static Map<String, Object> org(OrgData o, String id, String parentId) {
        return row("id", id, "externalId", o.id(), "name", o.name(), "kind", o.kind().name(),
                "extensiveLevel", name(o.extensiveLevel()), "parentId", parentId);
    }

    public static Map<String, Object> membership(PersonData p, String personId, int k, String orgId) {
        String orgFileId = p.orgIds().get(k);
        return row("personId", personId, "orgId", orgId, "title", p.orgRoles().get(orgFileId), "position", (long) k);
    }

    public static Map<String, Object> reportsTo(String personId, String bossId) {
        return row("personId", personId, "bossId", bossId);
    }

    public static Map<String, Object> stanceChange(StanceEntry e, String personId) {
        return row("id", freshId(), "personId", personId, "stance", e.stance().name(),
                "at", e.at().atZone(ZoneOffset.UTC), "by", e.by(), "note", e.note());
    }

    public static Map<String, Object> influence(InfluenceData t, String from, String to) {
        return row("id", freshId(), "from", from, "to", to, "kind", t.kind().name(), "strength", (long) t.strength(),
                "confidence", t.confidence(), "source", t.source(), "since", t.since());
    }

    public static Map<String, Object> staff(StaffData s) {
        return row("fileId", s.id(), "id", freshId(), "externalId", s.id(), "name", s.name(), "title", s.title(),
                "rank", s.rank().name(), "email", s.email() == null ? null : s.email().toLowerCase());
    }

    public static Map<String, Object> competitor(CompetitorData c, String id) {
        return row("id", id, "externalId", c.id(), "name", c.name());
    }

    public static Map<String, Object> alignment(AlignmentData a, String personId, String competitorId) {
        return row("personId", personId, "competitorId", competitorId, "strength", (long) a.strength());
    }

    public static Map<String, Object> opportunity(OpportunityData o, String id) {
        return row("id", id, "externalId", o.id(), "name", o.name(), "stage", o.stage().name(),
                "value", o.value(), "currency", o.currency(), "closeDate", o.closeDate());
    }

    public static Map<String, Object> role(RoleData r, int k, String personId, String opportunityId) {
        return row("personId", personId, "opportunityId", opportunityId,
                "decisionRole", r.decisionRole().name(), "hidden", r.hidden(), "position", (long) k);
    }

    public static Map<String, Object> knows(KnowsData k, String staffId, String personId) {
        return row("staffId", staffId, "personId", personId, "strength", (long) k.strength(), "lastContact", k.lastContact());
    }

    public static Map<String, Object> owns(OwnsData o, String staffId, String targetId) {
        return row("staffId", staffId, "targetId", targetId, "priority", o.priority().name());
    }

    public static Map<String, Object> interaction(InteractionData i, UnaryOperator<String> person, UnaryOperator<String> staff) {
        return row("id", freshId(), "externalId", i.id(), "date", i.date(), "kind", i.kind().name(), "summary", i.summary(),
                "personIds", i.personIds().stream().map(person).toList(),
                "staffIds", i.staffIds().stream().map(staff).toList());
    }

    public static Map<String, Object> action(ActionData x, String personId, String ownerStaffId, String visitId) {
        return row("id", freshId(), "externalId", x.id(), "kind", x.kind().name(), "title", x.title(), "due", x.due(),
                "status", x.status().name(), "complianceRisk", x.complianceRisk().name(), "approvedBy", x.approvedBy(),
                "notes", x.notes(), "personId", personId, "ownerStaffId", ownerStaffId, "visitId", visitId);
    }

    public static Map<String, Object> visit(VisitData v, String id, String opportunityId, UnaryOperator<String> person,
                                            UnaryOperator<String> staff) {
        return row("id", id, "externalId", v.id(), "date", v.date(), "status", v.status().name(),
                "objective", v.objective(), "opportunityId", opportunityId,
                "staffIds", v.staffIds().stream().map(staff).toList(),
                "targetIds", v.targetIds().stream().map(person).toList());
    }

    public static Map<String, Object> target(TargetData t, String personId, String opportunityId) {
        return row("id", freshId(), "externalId", t.id(), "period", t.period(), "kind", t.kind().name(),
                "stance", name(t.stance()), "minimum", t.minimum() == null ? null : t.minimum().longValue(),
                "note", t.note(), "personId", personId, "opportunityId", opportunityId);
    }

    /** The stored properties of a person; shared with the person API so both write the same shape. */
    public static Map<String, Object> person(PersonData p, String id, String externalId) {
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

    /** The per-section counts an import reports, in the format's section order. */
    public static List<String> countedSections() {
        return List.of("orgs", "people", "influences", "staff", "knows", "owns", "competitors", "alignments",
                "opportunities", "interactions", "actions", "visits", "targets");
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
}
