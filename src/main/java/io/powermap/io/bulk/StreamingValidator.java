package io.powermap.io.bulk;

import io.powermap.domain.Check;
import io.powermap.io.AccountDocument;
import io.powermap.io.AccountDocument.*;
import io.powermap.io.DocumentValidator;
import io.powermap.web.ApiException.FieldError;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of {@link DocumentValidator}, applied in two streaming passes: the first checks each item
 * on its own and indexes the ids of every section, the second checks references, duplicate ties and
 * cycles against those indexes. Problems are listed by JSON path, at most {@link #MAX_ERRORS} of them
 * (with the total), and any problem rejects the whole file.
 *
 * <p>Memory: per section an {@link IdIndex} of the file's ids, int arrays for the org and reporting
 * trees, and a {@link IdIndex.LongSet} of packed (from, to, kind) tie keys: ~40 MB for 100k people and
 * 1M ties, independent of the rest of the file's size.
 */
final class StreamingValidator {

    static final int MAX_ERRORS = 100;

    /** What the validation learnt about the file, for the write passes. */
    static final class Catalog {
        AccountData account;
        String format;
        final IdIndex orgs = new IdIndex();
        final IdIndex people = new IdIndex(1 << 14);
        final IdIndex staff = new IdIndex();
        final IdIndex competitors = new IdIndex();
        final IdIndex opportunities = new IdIndex();
        final Map<String, Integer> counts = new LinkedHashMap<>();

        Catalog() {
            DocumentScanner.sections().forEach(s -> counts.put(s, 0));
        }
    }

    /** Capped list of problems with the total count. */
    static final class Problems {
        final List<FieldError> errors = new ArrayList<>();
        long total;

        void add(String path, String message) {
            total++;
            if (errors.size() < MAX_ERRORS) {
                errors.add(new FieldError(path, message));
            }
        }

        void addAll(Check c) {
            c.errors().forEach(e -> add(e.field(), e.message()));
        }

        boolean any() {
            return total > 0;
        }
    }

    private final DocumentScanner scanner;
    final Catalog catalog = new Catalog();
    final Problems problems = new Problems();

    // Identity-only sections: uniqueness of their ids.
    private final IdIndex interactionIds = new IdIndex();
    private final IdIndex actionIds = new IdIndex();
    private final IdIndex visitIds = new IdIndex();
    private final IdIndex targetIds = new IdIndex();
    private final Set<String> emails = new HashSet<>();
    // Item position of each indexed id (ids may be missing or repeated, so index != position).
    private int[] orgPos = new int[64];
    private int[] personPos = new int[1024];

    StreamingValidator(DocumentScanner scanner) {
        this.scanner = scanner;
    }

    /** Runs both passes; {@code progress} gets (pass 0 or 1, byte offset). */
    void validate(Path file, ProgressSink progress) throws IOException {
        Set<String> all = new HashSet<>(DocumentScanner.sections());
        scanner.scan(file, all, true, new FirstPass(), b -> progress.at(0, b));
        if (catalog.format == null || !AccountDocument.FORMAT.equals(catalog.format)) {
            problems.add("format", "must be \"" + AccountDocument.FORMAT + "\"");
        }
        if (catalog.account == null) {
            problems.add("account", "is required");
        } else {
            Check c = new Check();
            c.id("account.id", catalog.account.id()).name("account.name", catalog.account.name()).text("account.notes", catalog.account.notes());
            problems.addAll(c);
        }
        SecondPass second = new SecondPass();
        scanner.scan(file, all, true, second, b -> progress.at(1, b));
        second.cycles();
    }

    interface ProgressSink {
        void at(int pass, long byteOffset);
    }

    private final class FirstPass implements DocumentScanner.Handler {
        @Override
        public void format(String format) {
            catalog.format = format;
        }

        @Override
        public void account(AccountData account) {
            catalog.account = account;
        }

        @Override
        public void problem(String path, String message) {
            problems.add(path, message);
        }

        @Override
        public void item(String section, int i, Object item) {
            catalog.counts.merge(section, 1, Integer::sum);
            String p = section + "[" + i + "]";
            if (item == null) {
                problems.add(p, "must not be null");
                return;
            }
            Check c = new Check();
            switch (section) {
                case "orgs" -> {
                    OrgData o = (OrgData) item;
                    int idx = id(c, p, o.id(), catalog.orgs, section);
                    if (idx >= 0) {
                        orgPos = put(orgPos, idx, i);
                    }
                    c.name(p + ".name", o.name());
                    if (o.parentId() != null && o.parentId().equals(o.id())) {
                        c.add(p + ".parentId", "an org cannot be its own parent");
                    }
                }
                case "people" -> {
                    PersonData person = (PersonData) item;
                    int idx = id(c, p, person.id(), catalog.people, section);
                    if (idx >= 0) {
                        personPos = put(personPos, idx, i);
                    }
                    DocumentValidator.validatePerson(c, p, person);
                    person.orgRoles().keySet().forEach(k -> {
                        if (!person.orgIds().contains(k)) {
                            c.add(p + ".orgRoles." + k, "must be one of the person's orgIds");
                        }
                    });
                    if (person.reportsTo() != null && person.reportsTo().equals(person.id())) {
                        c.add(p + ".reportsTo", "a person cannot report to themselves");
                    }
                }
                case "influences" -> {
                    InfluenceData t = (InfluenceData) item;
                    DocumentValidator.validateInfluence(c, p, t.from(), t.to(), t.strength(), t.confidence(), t.source());
                }
                case "staff" -> {
                    StaffData s = (StaffData) item;
                    id(c, p, s.id(), catalog.staff, section);
                    c.name(p + ".name", s.name()).maxLength(p + ".title", s.title(), Check.NAME_MAX);
                    DocumentValidator.validateEmail(c, p + ".email", s.email());
                    if (s.email() != null && !emails.add(s.email().toLowerCase())) {
                        c.add(p + ".email", "appears twice in the file");
                    }
                }
                case "knows" -> {
                    KnowsData k = (KnowsData) item;
                    c.required(p + ".strength", k.strength()).range(p + ".strength", k.strength(), 1, 3);
                }
                case "owns" -> { }
                case "competitors" -> {
                    CompetitorData x = (CompetitorData) item;
                    id(c, p, x.id(), catalog.competitors, section);
                    c.name(p + ".name", x.name());
                }
                case "alignments" -> {
                    AlignmentData a = (AlignmentData) item;
                    c.required(p + ".strength", a.strength()).range(p + ".strength", a.strength(), 1, 3);
                }
                case "opportunities" -> {
                    OpportunityData o = (OpportunityData) item;
                    id(c, p, o.id(), catalog.opportunities, section);
                    c.name(p + ".name", o.name()).range(p + ".value", o.value(), 0, 1e15).maxLength(p + ".currency", o.currency(), 3);
                    Set<String> seen = new HashSet<>();
                    for (int j = 0; j < o.roles().size(); j++) {
                        RoleData r = o.roles().get(j);
                        c.required(p + ".roles[" + j + "].decisionRole", r.decisionRole());
                        if (r.personId() != null && !seen.add(r.personId())) {
                            c.add(p + ".roles[" + j + "].personId", "has a role twice in this opportunity");
                        }
                    }
                }
                case "interactions" -> {
                    InteractionData x = (InteractionData) item;
                    id(c, p, x.id(), interactionIds, section);
                    c.required(p + ".date", x.date()).text(p + ".summary", x.summary());
                }
                case "actions" -> {
                    ActionData a = (ActionData) item;
                    id(c, p, a.id(), actionIds, section);
                    DocumentValidator.validateAction(c, p, a);
                }
                case "visits" -> {
                    VisitData v = (VisitData) item;
                    id(c, p, v.id(), visitIds, section);
                    c.required(p + ".date", v.date()).text(p + ".objective", v.objective());
                }
                case "targets" -> {
                    TargetData t = (TargetData) item;
                    id(c, p, t.id(), targetIds, section);
                    DocumentValidator.validateTarget(c, p, t);
                }
                default -> throw new IllegalStateException(section);
            }
            problems.addAll(c);
        }
    }

    private final class SecondPass implements DocumentScanner.Handler {
        private final IdIndex.LongSet tieKeys = new IdIndex.LongSet();
        private int[] orgParent;
        private int[] boss;

        SecondPass() {
            orgParent = new int[catalog.orgs.size()];
            boss = new int[catalog.people.size()];
            Arrays.fill(orgParent, -1);
            Arrays.fill(boss, -1);
        }

        @Override
        public void item(String section, int i, Object item) {
            if (item == null) {
                return;
            }
            String p = section + "[" + i + "]";
            switch (section) {
                case "orgs" -> {
                    OrgData o = (OrgData) item;
                    if (o.parentId() != null) {
                        int parent = ref(p + ".parentId", o.parentId(), catalog.orgs, "org");
                        int self = catalog.orgs.get(o.id());
                        if (parent >= 0 && self >= 0 && parent != self && orgPos[self] == i) {
                            orgParent[self] = parent;
                        }
                    }
                }
                case "people" -> {
                    PersonData person = (PersonData) item;
                    for (int j = 0; j < person.orgIds().size(); j++) {
                        ref(p + ".orgIds[" + j + "]", person.orgIds().get(j), catalog.orgs, "org");
                    }
                    if (person.reportsTo() != null) {
                        int b = ref(p + ".reportsTo", person.reportsTo(), catalog.people, "person");
                        int self = catalog.people.get(person.id());
                        if (b >= 0 && self >= 0 && b != self && personPos[self] == i) {
                            boss[self] = b;
                        }
                    }
                }
                case "influences" -> {
                    InfluenceData t = (InfluenceData) item;
                    int from = ref(p + ".from", t.from(), catalog.people, "person");
                    int to = ref(p + ".to", t.to(), catalog.people, "person");
                    if (from >= 0 && to >= 0
                            && !tieKeys.add(((long) from << 34) | ((long) to << 5) | t.kind().ordinal())) {
                        problems.add(p, "duplicate tie: " + t.from() + " -> " + t.to() + " of kind " + t.kind() + " appears twice");
                    }
                }
                case "knows" -> {
                    KnowsData k = (KnowsData) item;
                    ref(p + ".staffId", k.staffId(), catalog.staff, "staff member");
                    ref(p + ".personId", k.personId(), catalog.people, "person");
                }
                case "owns" -> {
                    OwnsData o = (OwnsData) item;
                    ref(p + ".staffId", o.staffId(), catalog.staff, "staff member");
                    String accountId = catalog.account == null ? null : catalog.account.id();
                    if (o.targetId() == null || !(catalog.people.contains(o.targetId()) || catalog.orgs.contains(o.targetId())
                            || o.targetId().equals(accountId))) {
                        problems.add(p + ".targetId", "must be a person, an org or the account of this file");
                    }
                }
                case "alignments" -> {
                    AlignmentData a = (AlignmentData) item;
                    ref(p + ".personId", a.personId(), catalog.people, "person");
                    ref(p + ".competitorId", a.competitorId(), catalog.competitors, "competitor");
                }
                case "opportunities" -> {
                    OpportunityData o = (OpportunityData) item;
                    for (int j = 0; j < o.roles().size(); j++) {
                        ref(p + ".roles[" + j + "].personId", o.roles().get(j).personId(), catalog.people, "person");
                    }
                }
                case "interactions" -> {
                    InteractionData x = (InteractionData) item;
                    refs(p + ".personIds", x.personIds(), catalog.people, "person");
                    refs(p + ".staffIds", x.staffIds(), catalog.staff, "staff member");
                }
                case "actions" -> {
                    ActionData a = (ActionData) item;
                    if (a.personId() != null) {
                        ref(p + ".personId", a.personId(), catalog.people, "person");
                    }
                    if (a.ownerStaffId() != null) {
                        ref(p + ".ownerStaffId", a.ownerStaffId(), catalog.staff, "staff member");
                    }
                    if (a.visitId() != null) {
                        ref(p + ".visitId", a.visitId(), visitIds, "visit");
                    }
                }
                case "visits" -> {
                    VisitData v = (VisitData) item;
                    if (v.opportunityId() != null) {
                        ref(p + ".opportunityId", v.opportunityId(), catalog.opportunities, "opportunity");
                    }
                    refs(p + ".staffIds", v.staffIds(), catalog.staff, "staff member");
                    refs(p + ".targetIds", v.targetIds(), catalog.people, "person");
                }
                case "targets" -> {
                    TargetData t = (TargetData) item;
                    if (t.personId() != null) {
                        ref(p + ".personId", t.personId(), catalog.people, "person");
                    }
                    if (t.opportunityId() != null) {
                        ref(p + ".opportunityId", t.opportunityId(), catalog.opportunities, "opportunity");
                    }
                }
                default -> { }
            }
        }

        void cycles() {
            cyclesOf(orgParent, orgPos, "orgs", "parentId", "the parent chain loops back to this org");
            cyclesOf(boss, personPos, "people", "reportsTo", "the reporting line loops back to this person");
        }

        /** Every node whose chain of parents runs into a loop is reported, in file order. */
        private void cyclesOf(int[] parent, int[] pos, String section, String field, String message) {
            int n = parent.length;
            byte[] state = new byte[n];           // 0 unknown, 1 acyclic, 2 in or into a loop
            int[] stamp = new int[n];
            int[] walk = new int[Math.max(1, n)];
            for (int start = 0; start < n; start++) {
                if (state[start] != 0) {
                    continue;
                }
                int len = 0;
                int cur = start;
                byte verdict = 1;
                while (cur >= 0) {
                    if (state[cur] != 0) {
                        verdict = state[cur];
                        break;
                    }
                    if (stamp[cur] == start + 1) {
                        verdict = 2;
                        break;
                    }
                    stamp[cur] = start + 1;
                    walk[len++] = cur;
                    cur = parent[cur];
                }
                for (int k = 0; k < len; k++) {
                    state[walk[k]] = verdict;
                }
            }
            List<Integer> positions = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                if (state[k] == 2) {
                    positions.add(pos[k]);
                }
            }
            positions.sort(null);
            positions.forEach(i -> problems.add(section + "[" + i + "]." + field, message));
        }

        private void refs(String path, List<String> ids, IdIndex known, String what) {
            for (int j = 0; j < ids.size(); j++) {
                ref(path + "[" + j + "]", ids.get(j), known, what);
            }
        }
    }

    private int ref(String path, String id, IdIndex known, String what) {
        if (id == null) {
            problems.add(path, "is required");
            return -1;
        }
        int idx = known.get(id);
        if (idx < 0) {
            problems.add(path, "no " + what + " with id '" + id + "' in this file");
        }
        return idx;
    }

    /** Checks an item's id and indexes it; answers its index, or -1 when missing or repeated. */
    private static int id(Check c, String p, String id, IdIndex index, String section) {
        c.id(p + ".id", id);
        if (id == null) {
            return -1;
        }
        int existing = index.add(id);
        if (existing >= 0) {
            c.add(p + ".id", "'" + id + "' appears twice in " + section);
            return -1;
        }
        return index.size() - 1;
    }

    private static int[] put(int[] a, int idx, int value) {
        if (idx >= a.length) {
            a = Arrays.copyOf(a, Math.max(idx + 1, a.length * 2));
        }
        a[idx] = value;
        return a;
    }
}
