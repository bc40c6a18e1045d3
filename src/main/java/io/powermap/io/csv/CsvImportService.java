package io.powermap.io.csv;

import io.powermap.audit.AuditRepository.Action;
import io.powermap.auth.Actor;
import io.powermap.domain.Check;
import io.powermap.domain.Vocabulary.DecisionRole;
import io.powermap.domain.Vocabulary.InfluenceKind;
import io.powermap.domain.Vocabulary.Rank;
import io.powermap.domain.Vocabulary.Stance;
import io.powermap.io.AccountDocument.Needs;
import io.powermap.io.AccountDocument.PersonData;
import io.powermap.io.DocumentValidator;
import io.powermap.io.ImportService;
import io.powermap.io.csv.CsvImportRepository.AuditEntry;
import io.powermap.io.csv.CsvImportRepository.OrgRow;
import io.powermap.io.csv.CsvImportRepository.PeopleSnapshot;
import io.powermap.io.csv.CsvImportRepository.PeopleWrite;
import io.powermap.io.csv.CsvImportRepository.PersonRow;
import io.powermap.io.csv.CsvImportRepository.TieRow;
import io.powermap.io.csv.CsvImportRepository.TiesSnapshot;
import io.powermap.io.csv.CsvImportRepository.TiesWrite;
import io.powermap.web.ApiException.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * CSV import of the two lists account teams keep in spreadsheets, people and influence ties
 * (docs/FORMAT.md, "CSV import"). A file is checked whole, with the JSON API's rules plus name
 * resolution, reporting cycles and self ties; any problem rejects it with every problem listed by
 * line, and nothing is written. A clean file is written in one transaction with its audit entries.
 */
public final class CsvImportService {

    /** {@code lines}: the data records read (the header and blank lines not counted). */
    public record Result(int created, int updated, int lines) {}

    public static final List<String> PEOPLE_COLUMNS = List.of("externalId", "name", "title", "rank", "orgs", "reportsTo",
            "decisionRole", "stance", "risingStar", "onOrgChart", "needsProfessional", "needsPersonal", "tags", "notes");
    public static final List<String> TIE_COLUMNS = List.of("from", "to", "kind", "strength", "confidence", "source", "since");

    /** People columns that are plain stored properties, by the property they set. */
    private static final Map<String, String> PERSON_PROPERTY_COLUMNS = Map.ofEntries(
            Map.entry("name", "name"), Map.entry("title", "title"), Map.entry("rank", "rank"),
            Map.entry("decisionRole", "decisionRole"), Map.entry("stance", "stance"),
            Map.entry("risingStar", "risingStar"), Map.entry("onOrgChart", "onOrgChart"),
            Map.entry("needsProfessional", "needsProfessional"), Map.entry("needsPersonal", "needsPersonal"),
            Map.entry("tags", "tags"), Map.entry("notes", "notes"));

    private static final List<String> TIE_PROPERTY_COLUMNS = List.of("strength", "confidence", "source", "since");

    private final CsvImportRepository repository;

    public CsvImportService(CsvImportRepository repository) {
        this.repository = repository;
    }

    // ---------------------------------------------------------------- people

    private record PersonLine(Sheet.Line line, String externalId, PersonData data, List<String> orgRefs, String bossRef) {}

    public Result importPeople(String accountId, byte[] body, Actor actor) {
        Sheet sheet = Sheet.read(body, PEOPLE_COLUMNS, List.of("name"));
        Check check = new Check();
        List<PersonLine> lines = sheet.lines.stream().map(l -> personLine(l, check)).toList();
        List<FieldError> early = new ArrayList<>(sheet.errors);
        early.addAll(check.errors());
        PeopleWrite w = repository.importPeople(accountId, actor, snapshot -> planPeople(sheet, lines, early, snapshot));
        return result(w.summary());
    }

    private static PersonLine personLine(Sheet.Line l, Check c) {
        String externalId = l.text("externalId");
        c.maxLength(l.path("externalId"), externalId, Check.NAME_MAX);
        PersonData data = new PersonData(externalId, l.text("name"), l.text("title"), l.choice(c, "rank", Rank.class),
                List.of(), Map.of(), null, l.choice(c, "decisionRole", DecisionRole.class),
                l.choice(c, "stance", Stance.class), List.of(), l.bool(c, "risingStar"), l.bool(c, "onOrgChart"),
                new Needs(l.list("needsProfessional"), l.list("needsPersonal")), List.of(), l.text("notes"), l.list("tags"));
        Check rules = new Check();
        DocumentValidator.validatePerson(rules, l.prefix(), data);
        rules.errors().forEach(e -> c.add(columnOf(e.field()), e.message()));
        List<String> orgRefs = l.list("orgs");
        if (orgRefs.size() > Check.LIST_MAX) {
            c.add(l.path("orgs"), "has more than " + Check.LIST_MAX + " items");
        }
        String bossRef = l.text("reportsTo");
        c.maxLength(l.path("reportsTo"), bossRef, Check.NAME_MAX);
        orgRefs.forEach(o -> c.maxLength(l.path("orgs"), o, Check.NAME_MAX));
        return new PersonLine(l, externalId, data, orgRefs, bossRef);
    }

    /** The JSON rules name {@code needs.professional}; the CSV column is {@code needsProfessional}. */
    private static String columnOf(String field) {
        return field.replace(".needs.professional", ".needsProfessional").replace(".needs.personal", ".needsPersonal");
    }

    /** Runs inside the import's transaction, on the locked snapshot; pure apart from fresh UUIDs. */
    private static PeopleWrite planPeople(Sheet sheet, List<PersonLine> lines, List<FieldError> early, PeopleSnapshot s) {
        List<FieldError> errors = new ArrayList<>(early);
        Map<String, PersonRow> byExternalId = new HashMap<>();
        Map<String, PersonRow> byId = new HashMap<>();
        for (PersonRow p : s.people()) {
            byId.put(p.id(), p);
            if (p.externalId() != null) {
                byExternalId.putIfAbsent(p.externalId(), p);
            }
        }
        // Exports name a person without an externalId by their id (people.csv, the JSON document): such a
        // line is that person, so a file exported, edited and imported back updates instead of duplicating.
        for (PersonRow p : s.people()) {
            if (p.externalId() == null) {
                byExternalId.putIfAbsent(p.id(), p);
            }
        }

        // Which person each line is: an existing one by externalId, or by id when it has none (update), or a
        // new one (create).
        List<String> targetIds = new ArrayList<>();
        List<PersonRow> existing = new ArrayList<>();
        Map<String, Integer> externalIdLine = new HashMap<>();
        Map<String, String> finalName = new HashMap<>();
        for (PersonLine pl : lines) {
            PersonRow current = pl.externalId() == null ? null : byExternalId.get(pl.externalId());
            if (pl.externalId() != null) {
                Integer first = externalIdLine.putIfAbsent(pl.externalId(), pl.line().number);
                if (first != null) {
                    errors.add(new FieldError(pl.line().path("externalId"),
                            "'" + pl.externalId() + "' is also on line " + first + "; each person appears once"));
                }
            }
            String id = current == null ? UUID.randomUUID().toString() : current.id();
            targetIds.add(id);
            existing.add(current);
            if (pl.data().name() != null) {
                finalName.put(id, pl.data().name());
            }
        }

        // Names and externalIds as they will be once the file is applied: the file's people included.
        Directory people = new Directory("person", "people", "in this account or this file");
        for (PersonRow p : s.people()) {
            people.add(p.id(), p.externalId(), finalName.getOrDefault(p.id(), p.name()));
        }
        for (int i = 0; i < lines.size(); i++) {
            if (existing.get(i) == null) {
                people.add(targetIds.get(i), lines.get(i).externalId(), lines.get(i).data().name());
            }
        }
        Directory orgs = new Directory("org", "orgs", "in this account");
        for (OrgRow o : s.orgs()) {
            orgs.add(o.id(), o.externalId(), o.name());
        }

        // References, then the reporting lines as they will be, checked for loops.
        List<List<String>> orgIds = new ArrayList<>();
        Map<String, String> bossOf = new HashMap<>();
        s.people().stream().filter(p -> p.reportsTo() != null).forEach(p -> bossOf.put(p.id(), p.reportsTo()));
        Map<Integer, String> newBoss = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            PersonLine pl = lines.get(i);
            String id = targetIds.get(i);
            Set<String> resolvedOrgs = new LinkedHashSet<>();
            for (String ref : pl.orgRefs()) {
                String orgId = orgs.resolve(ref, pl.line().path("orgs"), errors);
                if (orgId != null) {
                    resolvedOrgs.add(orgId);
                }
            }
            orgIds.add(List.copyOf(resolvedOrgs));
            if (!sheet.has("reportsTo")) {
                continue;
            }
            String boss = pl.bossRef() == null ? null : people.resolve(pl.bossRef(), pl.line().path("reportsTo"), errors);
            if (boss != null && boss.equals(id)) {
                errors.add(new FieldError(pl.line().path("reportsTo"), "a person cannot report to themselves"));
                boss = null;
            }
            if (pl.bossRef() != null && boss == null) {
                continue; // reported; the line keeps its current boss for the loop check
            }
            newBoss.put(i, boss);
            if (boss == null) {
                bossOf.remove(id);
            } else {
                bossOf.put(id, boss);
            }
        }
        for (Map.Entry<Integer, String> e : newBoss.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            String self = targetIds.get(e.getKey());
            List<String> chain = new ArrayList<>(List.of(self));
            Set<String> seen = new HashSet<>(chain);
            for (String cur = e.getValue(); cur != null; cur = bossOf.get(cur)) {
                chain.add(cur);
                if (cur.equals(self)) {
                    errors.add(new FieldError(lines.get(e.getKey()).line().path("reportsTo"), "would create a reporting cycle: "
                            + String.join(" → ", chain.stream().map(people::name).toList())));
                    break;
                }
                if (!seen.add(cur)) {
                    break; // a loop further up, reported on its own line
                }
            }
        }
        sheet.orThrow(errors);

        // The writes.
        List<Map<String, Object>> creates = new ArrayList<>();
        List<Map<String, Object>> updates = new ArrayList<>();
        List<Map<String, Object>> memberships = new ArrayList<>();
        List<Map<String, Object>> reportsTo = new ArrayList<>();
        List<Map<String, Object>> stances = new ArrayList<>();
        List<AuditEntry> audits = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PersonLine pl = lines.get(i);
            String id = targetIds.get(i);
            PersonRow current = existing.get(i);
            Map<String, Object> all = new HashMap<>(ImportService.personRow(pl.data(), id, pl.externalId()));
            all.remove("id");
            all.remove("stanceUpdatedAt");
            String note = "CSV import, line " + pl.line().number;
            if (current == null) {
                creates.add(row("id", id, "props", all));
                if (!orgIds.get(i).isEmpty()) {
                    memberships.add(row("personId", id, "orgIds", orgIds.get(i)));
                }
                if (newBoss.get(i) != null) {
                    reportsTo.add(row("personId", id, "bossId", newBoss.get(i)));
                }
                if (pl.line().text("stance") != null) {
                    stances.add(row("personId", id, "stance", pl.data().stance().name(), "note", note));
                }
                Map<String, Object> after = new LinkedHashMap<>(all);
                after.put("id", id);
                after.put("orgIds", orgIds.get(i));
                after.put("reportsTo", newBoss.get(i));
                after.put("version", 1L);
                audits.add(new AuditEntry(Action.CREATE, "Person", id, pl.data().name(), null, after));
                continue;
            }
            Map<String, Object> props = new HashMap<>();
            PERSON_PROPERTY_COLUMNS.forEach((column, property) -> {
                if (sheet.has(column)) {
                    props.put(property, all.get(property));
                }
            });
            updates.add(row("id", id, "props", props));
            Map<String, Object> after = new LinkedHashMap<>(current.row());
            after.putAll(props);
            if (sheet.has("orgs")) {
                memberships.add(row("personId", id, "orgIds", orgIds.get(i)));
                after.put("orgIds", orgIds.get(i));
            }
            if (sheet.has("reportsTo")) {
                reportsTo.add(row("personId", id, "bossId", newBoss.get(i)));
                after.put("reportsTo", newBoss.get(i));
            }
            if (sheet.has("stance") && !pl.data().stance().name().equals(current.stance())) {
                stances.add(row("personId", id, "stance", pl.data().stance().name(), "note", note));
            }
            after.put("version", ((Number) current.row().get("version")).longValue() + 1);
            audits.add(new AuditEntry(Action.UPDATE, "Person", id, people.name(id), current.row(), after));
        }
        return new PeopleWrite(creates, updates, memberships, reportsTo, stances, audits,
                summary("people", creates.size(), updates.size(), lines.size()));
    }

    // ---------------------------------------------------------------- ties

    private record TieLine(Sheet.Line line, String fromRef, String toRef, InfluenceKind kind, Integer strength,
                           Double confidence, String source, LocalDate since) {}

    public Result importTies(String accountId, byte[] body, Actor actor) {
        Sheet sheet = Sheet.read(body, TIE_COLUMNS, List.of("from", "to", "strength"));
        Check check = new Check();
        List<TieLine> lines = sheet.lines.stream().map(l -> tieLine(l, check)).toList();
        List<FieldError> early = new ArrayList<>(sheet.errors);
        early.addAll(check.errors());
        TiesWrite w = repository.importTies(accountId, actor, snapshot -> planTies(sheet, lines, early, snapshot));
        return result(w.summary());
    }

    private static TieLine tieLine(Sheet.Line l, Check c) {
        String from = l.text("from");
        String to = l.text("to");
        InfluenceKind kind = l.choice(c, "kind", InfluenceKind.class);
        Integer strength = l.whole(c, "strength");
        Double confidence = l.number(c, "confidence");
        String source = l.text("source");
        LocalDate since = l.date(c, "since");
        Check rules = new Check().id(l.path("from"), from).id(l.path("to"), to);
        DocumentValidator.validateInfluence(rules, l.prefix(), from, to, strength, confidence == null ? 1.0 : confidence, source);
        rules.errors().stream().filter(e -> !l.unreadable(e.field())).forEach(e -> c.add(e.field(), e.message()));
        return new TieLine(l, from, to, kind == null ? InfluenceKind.OTHER : kind, strength,
                confidence == null ? 1.0 : confidence, source, since);
    }

    private static TiesWrite planTies(Sheet sheet, List<TieLine> lines, List<FieldError> early, TiesSnapshot s) {
        List<FieldError> errors = new ArrayList<>(early);
        Directory people = new Directory("person", "people", "in this account");
        s.people().forEach(p -> people.add(p.id(), p.externalId(), p.name()));
        Map<String, TieRow> existing = new HashMap<>();
        s.ties().forEach(t -> existing.put(key(t.from(), t.to(), t.kind()), t));

        List<String> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        Map<String, Integer> keyLine = new HashMap<>();
        for (TieLine tl : lines) {
            String a = tl.fromRef() == null ? null : people.resolve(tl.fromRef(), tl.line().path("from"), errors);
            String b = tl.toRef() == null ? null : people.resolve(tl.toRef(), tl.line().path("to"), errors);
            from.add(a);
            to.add(b);
            if (a == null || b == null) {
                continue;
            }
            if (a.equals(b) && !tl.fromRef().equals(tl.toRef())) {
                errors.add(new FieldError(tl.line().path("to"), "a person cannot influence themselves ('"
                        + tl.fromRef() + "' and '" + tl.toRef() + "' are the same person)"));
            }
            Integer first = keyLine.putIfAbsent(key(a, b, tl.kind().name()), tl.line().number);
            if (first != null) {
                errors.add(new FieldError(tl.line().prefix(), "the same tie (from, to and kind " + tl.kind()
                        + ") is also on line " + first + "; each tie appears once"));
            }
        }
        sheet.orThrow(errors);

        List<Map<String, Object>> creates = new ArrayList<>();
        List<Map<String, Object>> updates = new ArrayList<>();
        List<AuditEntry> audits = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TieLine tl = lines.get(i);
            String label = people.name(from.get(i)) + " → " + people.name(to.get(i)) + " (" + tl.kind() + ")";
            Map<String, Object> all = new HashMap<>();
            all.put("strength", (long) tl.strength());
            all.put("confidence", tl.confidence());
            all.put("source", tl.source());
            all.put("since", tl.since());
            TieRow current = existing.get(key(from.get(i), to.get(i), tl.kind().name()));
            if (current == null) {
                String id = UUID.randomUUID().toString();
                creates.add(row("id", id, "from", from.get(i), "to", to.get(i), "kind", tl.kind().name(), "props", all));
                Map<String, Object> after = new LinkedHashMap<>(all);
                after.put("id", id);
                after.put("from", from.get(i));
                after.put("to", to.get(i));
                after.put("kind", tl.kind().name());
                after.put("since", tl.since() == null ? null : tl.since().toString());
                after.put("version", 1L);
                audits.add(new AuditEntry(Action.CREATE, "Influence", id, label, null, after));
                continue;
            }
            Map<String, Object> props = new HashMap<>();
            TIE_PROPERTY_COLUMNS.stream().filter(sheet::has).forEach(c -> props.put(c, all.get(c)));
            updates.add(row("id", current.id(), "props", props));
            Map<String, Object> after = new LinkedHashMap<>(current.row());
            after.putAll(props);
            if (props.containsKey("since")) {
                after.put("since", tl.since() == null ? null : tl.since().toString());
            }
            after.put("version", ((Number) current.row().get("version")).longValue() + 1);
            audits.add(new AuditEntry(Action.UPDATE, "Influence", current.id(), label, current.row(), after));
        }
        return new TiesWrite(creates, updates, audits, summary("ties", creates.size(), updates.size(), lines.size()));
    }

    private static String key(String from, String to, String kind) {
        return from + "\u0000" + to + "\u0000" + kind;
    }

    // ---------------------------------------------------------------- shared

    /**
     * Finds a person or org by what a spreadsheet calls it: its id, its externalId, or its exact
     * name, in that order. A name two of them share is ambiguous and an error, never a guess.
     */
    private static final class Directory {
        private final String what;
        private final String plural;
        private final String scope;
        private final Set<String> ids = new HashSet<>();
        private final Map<String, List<String>> byExternalId = new HashMap<>();
        private final Map<String, List<String>> byName = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();

        Directory(String what, String plural, String scope) {
            this.what = what;
            this.plural = plural;
            this.scope = scope;
        }

        void add(String id, String externalId, String name) {
            ids.add(id);
            names.put(id, name);
            if (externalId != null) {
                byExternalId.computeIfAbsent(externalId, k -> new ArrayList<>()).add(id);
            }
            if (name != null) {
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(id);
            }
        }

        String name(String id) {
            return names.getOrDefault(id, id);
        }

        /** The id {@code ref} names, or null after adding the problem at {@code path}. */
        String resolve(String ref, String path, List<FieldError> errors) {
            if (ids.contains(ref)) {
                return ref;
            }
            for (Map<String, List<String>> index : List.of(byExternalId, byName)) {
                List<String> hits = index.getOrDefault(ref, List.of());
                if (hits.size() == 1) {
                    return hits.get(0);
                }
                if (hits.size() > 1) {
                    errors.add(new FieldError(path, "'" + ref + "' is ambiguous: " + hits.size() + " " + plural
                            + (index == byName ? " have this name" : " have this externalId") + "; use the externalId"));
                    return null;
                }
            }
            errors.add(new FieldError(path, "no " + what + " '" + ref + "' (by id, externalId or exact name) " + scope));
            return null;
        }
    }

    private static Map<String, Object> summary(String list, int created, int updated, int lines) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("csv", list);
        m.put("created", created);
        m.put("updated", updated);
        m.put("lines", lines);
        return m;
    }

    private static Result result(Map<String, Object> summary) {
        return new Result((Integer) summary.get("created"), (Integer) summary.get("updated"), (Integer) summary.get("lines"));
    }

    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
