package io.powermap.io;

import io.powermap.domain.Check;
import io.powermap.plan.PlanRecords;
import io.powermap.plan.PlanRecords.TargetKind;
import io.powermap.io.AccountDocument.*;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every rule of docs/FORMAT.md that Jackson's typing does not already enforce: required fields,
 * lengths, ranges, references within the file, uniqueness and cycles. Reports all problems at once.
 */
public final class DocumentValidator {

    private DocumentValidator() {}

    public static Check validate(AccountDocument doc) {
        Check c = new Check();
        if (!AccountDocument.FORMAT.equals(doc.format())) {
            c.add("format", "must be \"" + AccountDocument.FORMAT + "\"");
        }
        if (doc.account() == null) {
            c.add("account", "is required");
        } else {
            c.id("account.id", doc.account().id()).name("account.name", doc.account().name()).text("account.notes", doc.account().notes());
        }
        Set<String> orgIds = ids(c, "orgs", doc.orgs(), OrgData::id);
        Set<String> personIds = ids(c, "people", doc.people(), PersonData::id);
        Set<String> staffIds = ids(c, "staff", doc.staff(), StaffData::id);
        Set<String> competitorIds = ids(c, "competitors", doc.competitors(), CompetitorData::id);
        Set<String> opportunityIds = ids(c, "opportunities", doc.opportunities(), OpportunityData::id);
        ids(c, "interactions", doc.interactions(), InteractionData::id);
        ids(c, "actions", doc.actions(), ActionData::id);
        Set<String> visitIds = ids(c, "visits", doc.visits(), VisitData::id);
        ids(c, "targets", doc.targets(), TargetData::id);

        Map<String, String> orgParent = new HashMap<>();
        for (int i = 0; i < doc.orgs().size(); i++) {
            OrgData o = doc.orgs().get(i);
            String p = "orgs[" + i + "]";
            c.name(p + ".name", o.name());
            if (o.parentId() != null) {
                ref(c, p + ".parentId", o.parentId(), orgIds, "org");
                if (o.parentId().equals(o.id())) {
                    c.add(p + ".parentId", "an org cannot be its own parent");
                } else {
                    orgParent.put(o.id(), o.parentId());
                }
            }
        }
        cycles(c, doc.orgs(), OrgData::id, orgParent, "orgs", "parentId", "the parent chain loops back to this org");

        Map<String, String> boss = new HashMap<>();
        for (int i = 0; i < doc.people().size(); i++) {
            PersonData person = doc.people().get(i);
            String p = "people[" + i + "]";
            validatePerson(c, p, person);
            for (int j = 0; j < person.orgIds().size(); j++) {
                ref(c, p + ".orgIds[" + j + "]", person.orgIds().get(j), orgIds, "org");
            }
            person.orgRoles().keySet().forEach(k -> {
                if (!person.orgIds().contains(k)) {
                    c.add(p + ".orgRoles." + k, "must be one of the person's orgIds");
                }
            });
            if (person.reportsTo() != null) {
                ref(c, p + ".reportsTo", person.reportsTo(), personIds, "person");
                if (person.reportsTo().equals(person.id())) {
                    c.add(p + ".reportsTo", "a person cannot report to themselves");
                } else {
                    boss.put(person.id(), person.reportsTo());
                }
            }
        }
        cycles(c, doc.people(), PersonData::id, boss, "people", "reportsTo", "the reporting line loops back to this person");

        Set<String> tieKeys = new HashSet<>();
        for (int i = 0; i < doc.influences().size(); i++) {
            InfluenceData t = doc.influences().get(i);
            String p = "influences[" + i + "]";
            ref(c, p + ".from", t.from(), personIds, "person");
            ref(c, p + ".to", t.to(), personIds, "person");
            validateInfluence(c, p, t.from(), t.to(), t.strength(), t.confidence(), t.source());
            if (!tieKeys.add(t.from() + "\u0000" + t.to() + "\u0000" + t.kind())) {
                c.add(p, "duplicate tie: " + t.from() + " -> " + t.to() + " of kind " + t.kind() + " appears twice");
            }
        }
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < doc.staff().size(); i++) {
            StaffData s = doc.staff().get(i);
            String p = "staff[" + i + "]";
            c.name(p + ".name", s.name()).maxLength(p + ".title", s.title(), Check.NAME_MAX);
            validateEmail(c, p + ".email", s.email());
            if (s.email() != null && !emails.add(s.email().toLowerCase())) {
                c.add(p + ".email", "appears twice in the file");
            }
        }
        for (int i = 0; i < doc.knows().size(); i++) {
            KnowsData k = doc.knows().get(i);
            String p = "knows[" + i + "]";
            ref(c, p + ".staffId", k.staffId(), staffIds, "staff member");
            ref(c, p + ".personId", k.personId(), personIds, "person");
            c.required(p + ".strength", k.strength()).range(p + ".strength", k.strength(), 1, 3);
        }
        String accountId = doc.account() == null ? null : doc.account().id();
        for (int i = 0; i < doc.owns().size(); i++) {
            OwnsData o = doc.owns().get(i);
            String p = "owns[" + i + "]";
            ref(c, p + ".staffId", o.staffId(), staffIds, "staff member");
            if (o.targetId() == null || !(personIds.contains(o.targetId()) || orgIds.contains(o.targetId())
                    || o.targetId().equals(accountId))) {
                c.add(p + ".targetId", "must be a person, an org or the account of this file");
            }
        }
        for (int i = 0; i < doc.competitors().size(); i++) {
            c.name("competitors[" + i + "].name", doc.competitors().get(i).name());
        }
        for (int i = 0; i < doc.alignments().size(); i++) {
            AlignmentData a = doc.alignments().get(i);
            String p = "alignments[" + i + "]";
            ref(c, p + ".personId", a.personId(), personIds, "person");
            ref(c, p + ".competitorId", a.competitorId(), competitorIds, "competitor");
            c.required(p + ".strength", a.strength()).range(p + ".strength", a.strength(), 1, 3);
        }
        for (int i = 0; i < doc.opportunities().size(); i++) {
            OpportunityData o = doc.opportunities().get(i);
            String p = "opportunities[" + i + "]";
            c.name(p + ".name", o.name()).range(p + ".value", o.value(), 0, 1e15).maxLength(p + ".currency", o.currency(), 3);
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < o.roles().size(); j++) {
                RoleData r = o.roles().get(j);
                ref(c, p + ".roles[" + j + "].personId", r.personId(), personIds, "person");
                c.required(p + ".roles[" + j + "].decisionRole", r.decisionRole());
                if (r.personId() != null && !seen.add(r.personId())) {
                    c.add(p + ".roles[" + j + "].personId", "has a role twice in this opportunity");
                }
            }
        }
        for (int i = 0; i < doc.interactions().size(); i++) {
            InteractionData x = doc.interactions().get(i);
            String p = "interactions[" + i + "]";
            c.required(p + ".date", x.date()).text(p + ".summary", x.summary());
            refs(c, p + ".personIds", x.personIds(), personIds, "person");
            refs(c, p + ".staffIds", x.staffIds(), staffIds, "staff member");
        }
        for (int i = 0; i < doc.actions().size(); i++) {
            ActionData a = doc.actions().get(i);
            String p = "actions[" + i + "]";
            validateAction(c, p, a);
            if (a.personId() != null) {
                ref(c, p + ".personId", a.personId(), personIds, "person");
            }
            if (a.ownerStaffId() != null) {
                ref(c, p + ".ownerStaffId", a.ownerStaffId(), staffIds, "staff member");
            }
            if (a.visitId() != null) {
                ref(c, p + ".visitId", a.visitId(), visitIds, "visit");
            }
        }
        for (int i = 0; i < doc.visits().size(); i++) {
            VisitData v = doc.visits().get(i);
            String p = "visits[" + i + "]";
            c.required(p + ".date", v.date()).text(p + ".objective", v.objective());
            if (v.opportunityId() != null) {
                ref(c, p + ".opportunityId", v.opportunityId(), opportunityIds, "opportunity");
            }
            refs(c, p + ".staffIds", v.staffIds(), staffIds, "staff member");
            refs(c, p + ".targetIds", v.targetIds(), personIds, "person");
        }
        for (int i = 0; i < doc.targets().size(); i++) {
            TargetData t = doc.targets().get(i);
            String p = "targets[" + i + "]";
            validateTarget(c, p, t);
            if (t.personId() != null) {
                ref(c, p + ".personId", t.personId(), personIds, "person");
            }
            if (t.opportunityId() != null) {
                ref(c, p + ".opportunityId", t.opportunityId(), opportunityIds, "opportunity");
            }
        }
        return c;
    }

    /**
     * Rules shared by the import and the plan API: a year or quarter; PERSON_STANCE names a person and a
     * stance; COACH_COUNT (1..1000) and RECENT_CONTACT (1..3650 days) take a minimum; nothing else does.
     */
    public static void validateTarget(Check c, String p, TargetData t) {
        c.required(at(p, "period"), t.period()).required(at(p, "kind"), t.kind()).maxLength(at(p, "note"), t.note(), Check.ITEM_MAX);
        if (t.period() != null && !PlanRecords.PERIOD.matcher(t.period()).matches()) {
            c.add(at(p, "period"), "must be a year (2026) or a quarter (2026-Q4)");
        }
        if (t.kind() == TargetKind.PERSON_STANCE) {
            c.required(at(p, "personId"), t.personId()).required(at(p, "stance"), t.stance());
        } else if (t.personId() != null) {
            c.add(at(p, "personId"), "only a PERSON_STANCE target names a person");
        }
        if (t.kind() == TargetKind.COACH_COUNT) {
            c.required(at(p, "minimum"), t.minimum()).range(at(p, "minimum"), t.minimum(), 1, 1000);
        } else if (t.kind() == TargetKind.RECENT_CONTACT) {
            c.required(at(p, "minimum"), t.minimum()).range(at(p, "minimum"), t.minimum(), 1, 3650);
        } else if (t.minimum() != null) {
            c.add(at(p, "minimum"), "only COACH_COUNT and RECENT_CONTACT targets take a minimum");
        }
        if (t.kind() != TargetKind.PERSON_STANCE && t.stance() != null) {
            c.add(at(p, "stance"), "only a PERSON_STANCE target takes a stance");
        }
    }

    /** Rules shared by the import and the single-person API. */
    public static void validatePerson(Check c, String p, PersonData person) {
        c.name(at(p, "name"), person.name())
                .maxLength(at(p, "title"), person.title(), Check.NAME_MAX)
                .text(at(p, "notes"), person.notes())
                .items(at(p, "tags"), person.tags())
                .items(at(p, "needs.professional"), person.needs().professional())
                .items(at(p, "needs.personal"), person.needs().personal());
        if (person.criteria().size() > Check.LIST_MAX) {
            c.add(at(p, "criteria"), "has more than " + Check.LIST_MAX + " items");
        }
        for (int j = 0; j < person.criteria().size(); j++) {
            Criterion cr = person.criteria().get(j);
            if (cr == null) {
                c.add(at(p, "criteria[") + j + "]", "must not be null");
                continue;
            }
            c.required(at(p, "criteria[") + j + "].category", cr.category())
                    .maxLength(at(p, "criteria[") + j + "].note", cr.note(), Check.ITEM_MAX);
        }
        Set<String> orgs = new HashSet<>();
        for (int j = 0; j < person.orgIds().size(); j++) {
            String o = person.orgIds().get(j);
            if (o != null && !orgs.add(o)) {
                c.add(at(p, "orgIds[" + j + "]"), "'" + o + "' appears twice");
            }
        }
        person.orgRoles().forEach((k, v) -> c.maxLength(at(p, "orgRoles.") + k, v, Check.NAME_MAX));
        for (int j = 0; j < person.stanceHistory().size(); j++) {
            StanceEntry e = person.stanceHistory().get(j);
            String q = at(p, "stanceHistory[" + j + "]");
            c.required(q + ".stance", e.stance()).required(q + ".at", e.at())
                    .maxLength(q + ".by", e.by(), Check.NAME_MAX).maxLength(q + ".note", e.note(), Check.ITEM_MAX);
        }
    }

    /** Joins a JSON path: {@code at("people[3]", "stance")} is {@code people[3].stance}; a bare field at the root. */
    static String at(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    public static void validateInfluence(Check c, String p, String from, String to, Integer strength, Double confidence, String source) {
        if (from != null && from.equals(to)) {
            c.add(at(p, "to"), "a person cannot influence themselves");
        }
        c.required(at(p, "strength"), strength).range(at(p, "strength"), strength, 1, 3)
                .range(at(p, "confidence"), confidence, 0, 1)
                .maxLength(at(p, "source"), source, Check.ITEM_MAX);
    }

    public static void validateAction(Check c, String p, ActionData a) {
        c.name(at(p, "title"), a.title()).text(at(p, "notes"), a.notes()).maxLength(at(p, "approvedBy"), a.approvedBy(), Check.NAME_MAX);
        if (a.kind().complianceSensitive()) {
            if (a.complianceRisk() == io.powermap.domain.Vocabulary.ComplianceRisk.NONE) {
                c.add(at(p, "complianceRisk"), a.kind() + " actions need a compliance risk of LOW or HIGH");
            }
            if (a.approvedBy() == null || a.approvedBy().isBlank()) {
                c.add(at(p, "approvedBy"), a.kind() + " actions need the name of the approver");
            }
        }
    }

    public static void validateEmail(Check c, String path, String email) {
        if (email != null && !email.matches("[^@\\s]{1,64}@[^@\\s]{1,190}")) {
            c.add(path, "is not an email address");
        }
    }

    private static <T> Set<String> ids(Check c, String section, List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null) {
                c.add(section + "[" + i + "]", "must not be null");
                continue;
            }
            String v = id.apply(item);
            c.id(section + "[" + i + "].id", v);
            if (v != null && !seen.add(v)) {
                c.add(section + "[" + i + "].id", "'" + v + "' appears twice in " + section);
            }
        }
        return seen;
    }

    private static void ref(Check c, String path, String id, Set<String> known, String what) {
        if (id == null) {
            c.add(path, "is required");
        } else if (!known.contains(id)) {
            c.add(path, "no " + what + " with id '" + id + "' in this file");
        }
    }

    private static void refs(Check c, String path, List<String> ids, Set<String> known, String what) {
        for (int j = 0; j < ids.size(); j++) {
            ref(c, path + "[" + j + "]", ids.get(j), known, what);
        }
    }

    /** Follows each parent link; a walk that revisits a node of its own walk is a cycle. */
    private static <T> void cycles(Check c, List<T> items, Function<T, String> id, Map<String, String> parent,
                                   String section, String field, String message) {
        Set<String> acyclic = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null) {
                continue;
            }
            Set<String> walk = new HashSet<>();
            String cur = id.apply(item);
            while (cur != null && !acyclic.contains(cur)) {
                if (!walk.add(cur)) {
                    c.add(section + "[" + i + "]." + field, message);
                    break;
                }
                cur = parent.get(cur);
            }
            if (cur == null || acyclic.contains(cur)) {
                acyclic.addAll(walk);
            }
        }
    }
}
