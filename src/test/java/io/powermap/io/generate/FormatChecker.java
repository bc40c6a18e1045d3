package io.powermap.io.generate;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a parsed document against every rule of docs/FORMAT.md ({@code powermap/1}): only the listed
 * sections and fields, enums, lengths, references, uniqueness, acyclicity and the compliance rule. Plus the
 * generator's own stricter promises, prefixed "generator:" (every person in an org, confidence on a 0.1 grid
 * in 0.3..1.0, unique knows/owns/alignment pairs).
 */
final class FormatChecker {

    static final Set<String> ROOT = Set.of("format", "exportedAt", "account", "orgs", "people", "influences", "staff",
            "knows", "owns", "competitors", "alignments", "opportunities", "interactions", "actions", "visits", "targets");
    static final Set<String> CUSTOMER_CLASS = Set.of("A", "B", "C", "D", "V", "X");
    static final Set<String> ORG_LEVEL = Set.of("VENDOR", "SUPPLIER", "STRATEGIC_SUPPLIER", "PARTNER");
    static final Set<String> ORG_KIND = Set.of("GROUP", "COMPANY", "SUBSIDIARY", "DEPARTMENT", "BOARD", "COMMITTEE",
            "REGULATOR", "GOVERNMENT", "PARTNER", "OTHER");
    static final Set<String> EXTENSIVE = Set.of("POOR", "FAIR", "GOOD", "EXCELLENT");
    static final Set<String> RANK = Set.of("BOARD", "C_LEVEL", "VP", "DIRECTOR", "MANAGER", "STAFF", "EXTERNAL");
    static final Set<String> ROLE = Set.of("APPROVER", "DECISION_MAKER", "EVALUATOR", "INFLUENCER", "USER", "GATEKEEPER");
    static final Set<String> STANCE = Set.of("OPPOSED", "NEUTRAL", "FAVORABLE", "SUPPORTIVE", "CHAMPION");
    static final Set<String> CRITERIA = Set.of("RELATIONSHIP", "ECONOMY", "TIME", "IMAGE", "QUALITY", "GUIDANCE",
            "CUSTOMER_GROUP", "POLITICS");
    static final Set<String> TIE_KIND = Set.of("ADVICE", "TRUST", "FAMILY", "FRIEND", "EX_COLLEAGUE", "ALUMNI",
            "POLITICAL", "OWNERSHIP", "OTHER");
    static final Set<String> PRIORITY = Set.of("FIRST", "SECOND");
    static final Set<String> STAGE = Set.of("LEAD", "QUALIFIED", "PROPOSAL", "NEGOTIATION", "WON", "LOST");
    static final Set<String> INTERACTION_KIND = Set.of("MEETING", "CALL", "VISIT", "EVENT", "EMAIL");
    static final Set<String> ACTION_KIND = Set.of("WORKSHOP", "SITE_VISIT", "TRAINING", "JOINT_PAPER", "EVENT",
            "MEETING", "GIFT", "FAVOR", "HOSPITALITY", "OTHER");
    static final Set<String> ACTION_STATUS = Set.of("PLANNED", "IN_PROGRESS", "DONE", "CANCELLED");
    static final Set<String> RISK = Set.of("NONE", "LOW", "HIGH");
    static final Set<String> VISIT_STATUS = Set.of("DRAFT", "PLANNED", "DONE", "CANCELLED");

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    private final List<String> errors = new ArrayList<>();
    private final Set<String> orgIds = new HashSet<>();
    private final Set<String> personIds = new HashSet<>();
    private final Set<String> staffIds = new HashSet<>();
    private final Set<String> competitorIds = new HashSet<>();
    private final Set<String> opportunityIds = new HashSet<>();
    private String accountId;

    static List<String> check(JsonNode root) {
        FormatChecker c = new FormatChecker();
        c.run(root);
        return c.errors;
    }

    private void run(JsonNode root) {
        fields("$", root, ROOT);
        if (!"powermap/1".equals(root.path("format").asText(null))) {
            err("format", "must be powermap/1");
        }
        if (root.has("exportedAt")) {
            instant("exportedAt", root.get("exportedAt"));
        }
        account(root.path("account"));
        orgs(array(root, "orgs"));
        people(array(root, "people"));
        influences(array(root, "influences"));
        staff(array(root, "staff"));
        knows(array(root, "knows"));
        owns(array(root, "owns"));
        competitors(array(root, "competitors"));
        alignments(array(root, "alignments"));
        opportunities(array(root, "opportunities"));
        interactions(array(root, "interactions"));
        actions(array(root, "actions"));
        visits(array(root, "visits"));
    }

    private void account(JsonNode a) {
        if (!a.isObject()) {
            err("account", "missing");
            return;
        }
        fields("account", a, Set.of("id", "name", "customerClass", "orgLevel", "notes"));
        accountId = id("account.id", a.get("id"));
        text("account.name", a.get("name"), 1, 200, true);
        optEnum("account.customerClass", a.get("customerClass"), CUSTOMER_CLASS);
        optEnum("account.orgLevel", a.get("orgLevel"), ORG_LEVEL);
        text("account.notes", a.get("notes"), 0, 10_000, false);
    }

    private void orgs(JsonNode orgs) {
        Map<String, String> parent = new HashMap<>();
        for (int i = 0; i < orgs.size(); i++) {
            JsonNode o = orgs.get(i);
            String path = "orgs[" + i + "]";
            fields(path, o, Set.of("id", "name", "kind", "parentId", "extensiveLevel"));
            String id = id(path + ".id", o.get("id"));
            if (id != null && !orgIds.add(id)) {
                err(path + ".id", "duplicate " + id);
            }
            text(path + ".name", o.get("name"), 1, 200, true);
            reqEnum(path + ".kind", o.get("kind"), ORG_KIND);
            optEnum(path + ".extensiveLevel", o.get("extensiveLevel"), EXTENSIVE);
            parent.put(id, o.hasNonNull("parentId") ? o.get("parentId").asText() : null);
        }
        for (int i = 0; i < orgs.size(); i++) {
            JsonNode p = orgs.get(i).get("parentId");
            if (p != null && !p.isNull() && !orgIds.contains(p.asText())) {
                err("orgs[" + i + "].parentId", "unknown org " + p.asText());
            }
        }
        acyclic("orgs", parent);
    }

    private void people(JsonNode people) {
        Map<String, String> boss = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            String id = id("people[" + i + "].id", people.get(i).get("id"));
            if (id != null && !personIds.add(id)) {
                err("people[" + i + "].id", "duplicate " + id);
            }
        }
        for (int i = 0; i < people.size(); i++) {
            JsonNode p = people.get(i);
            String path = "people[" + i + "]";
            fields(path, p, Set.of("id", "name", "title", "rank", "orgIds", "orgRoles", "reportsTo", "decisionRole",
                    "stance", "stanceHistory", "risingStar", "onOrgChart", "needs", "criteria", "notes", "tags"));
            String id = p.path("id").asText();
            text(path + ".name", p.get("name"), 1, 200, true);
            text(path + ".title", p.get("title"), 0, 200, false);
            optEnum(path + ".rank", p.get("rank"), RANK);
            Set<String> mine = new HashSet<>();
            JsonNode orgs = p.get("orgIds");
            if (orgs == null || !orgs.isArray() || orgs.isEmpty()) {
                err(path + ".orgIds", "generator: every person belongs to at least one org");
            } else {
                for (int k = 0; k < orgs.size(); k++) {
                    String o = orgs.get(k).asText();
                    if (!orgIds.contains(o)) {
                        err(path + ".orgIds[" + k + "]", "unknown org " + o);
                    }
                    if (!mine.add(o)) {
                        err(path + ".orgIds[" + k + "]", "duplicate " + o);
                    }
                }
            }
            JsonNode roles = p.get("orgRoles");
            if (roles != null && !roles.isNull()) {
                for (Iterator<String> it = roles.fieldNames(); it.hasNext(); ) {
                    String k = it.next();
                    if (!mine.contains(k)) {
                        err(path + ".orgRoles." + k, "key not in orgIds");
                    }
                    text(path + ".orgRoles." + k, roles.get(k), 0, 200, true);
                }
            }
            JsonNode r = p.get("reportsTo");
            if (r != null && !r.isNull()) {
                if (!personIds.contains(r.asText())) {
                    err(path + ".reportsTo", "unknown person " + r.asText());
                } else if (r.asText().equals(id)) {
                    err(path + ".reportsTo", "reports to itself");
                }
                boss.put(id, r.asText());
            } else {
                boss.put(id, null);
            }
            optEnum(path + ".decisionRole", p.get("decisionRole"), ROLE);
            optEnum(path + ".stance", p.get("stance"), STANCE);
            JsonNode history = p.get("stanceHistory");
            if (history != null && !history.isNull()) {
                for (int k = 0; k < history.size(); k++) {
                    JsonNode h = history.get(k);
                    String hp = path + ".stanceHistory[" + k + "]";
                    fields(hp, h, Set.of("stance", "at", "by", "note"));
                    reqEnum(hp + ".stance", h.get("stance"), STANCE);
                    instant(hp + ".at", h.get("at"));
                    text(hp + ".by", h.get("by"), 0, 200, false);
                    text(hp + ".note", h.get("note"), 0, 500, false);
                }
            }
            bool(path + ".risingStar", p.get("risingStar"));
            bool(path + ".onOrgChart", p.get("onOrgChart"));
            JsonNode needs = p.get("needs");
            if (needs != null && !needs.isNull()) {
                fields(path + ".needs", needs, Set.of("professional", "personal"));
                strings(path + ".needs.professional", needs.get("professional"));
                strings(path + ".needs.personal", needs.get("personal"));
            }
            JsonNode criteria = p.get("criteria");
            if (criteria != null && !criteria.isNull()) {
                if (criteria.size() > 50) {
                    err(path + ".criteria", "more than 50 items");
                }
                for (int k = 0; k < criteria.size(); k++) {
                    String cp = path + ".criteria[" + k + "]";
                    fields(cp, criteria.get(k), Set.of("category", "note"));
                    reqEnum(cp + ".category", criteria.get(k).get("category"), CRITERIA);
                    text(cp + ".note", criteria.get(k).get("note"), 0, 500, false);
                }
            }
            text(path + ".notes", p.get("notes"), 0, 10_000, false);
            strings(path + ".tags", p.get("tags"));
        }
        acyclic("people.reportsTo", boss);
    }

    private void influences(JsonNode ties) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ties.size(); i++) {
            JsonNode t = ties.get(i);
            String path = "influences[" + i + "]";
            fields(path, t, Set.of("from", "to", "kind", "strength", "confidence", "source", "since"));
            String from = ref(path + ".from", t.get("from"), personIds);
            String to = ref(path + ".to", t.get("to"), personIds);
            if (from != null && from.equals(to)) {
                err(path, "self tie " + from);
            }
            reqEnum(path + ".kind", t.get("kind"), TIE_KIND);
            if (!seen.add(from + "\u0000" + to + "\u0000" + t.path("kind").asText())) {
                err(path, "duplicate (from,to,kind) " + from + "->" + to + " " + t.path("kind").asText());
            }
            strength(path + ".strength", t.get("strength"));
            JsonNode c = t.get("confidence");
            if (c != null && !c.isNull()) {
                if (!c.isNumber() || c.asDouble() < 0 || c.asDouble() > 1) {
                    err(path + ".confidence", "must be a number in 0..1");
                } else {
                    double tenths = c.asDouble() * 10;
                    if (Math.abs(tenths - Math.rint(tenths)) > 1e-9 || tenths < 3 - 1e-9) {
                        err(path + ".confidence", "generator: 0.3..1.0 in steps of 0.1, got " + c.asText());
                    }
                }
            }
            text(path + ".source", t.get("source"), 0, 500, false);
            date(path + ".since", t.get("since"), false);
        }
    }

    private void staff(JsonNode staff) {
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < staff.size(); i++) {
            JsonNode s = staff.get(i);
            String path = "staff[" + i + "]";
            fields(path, s, Set.of("id", "name", "title", "rank", "email"));
            String id = id(path + ".id", s.get("id"));
            if (id != null && !staffIds.add(id)) {
                err(path + ".id", "duplicate " + id);
            }
            text(path + ".name", s.get("name"), 1, 200, true);
            text(path + ".title", s.get("title"), 0, 200, false);
            optEnum(path + ".rank", s.get("rank"), RANK);
            JsonNode e = s.get("email");
            if (e != null && !e.isNull() && !emails.add(e.asText())) {
                err(path + ".email", "duplicate " + e.asText());
            }
        }
    }

    private void knows(JsonNode knows) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < knows.size(); i++) {
            JsonNode k = knows.get(i);
            String path = "knows[" + i + "]";
            fields(path, k, Set.of("staffId", "personId", "strength", "lastContact"));
            String s = ref(path + ".staffId", k.get("staffId"), staffIds);
            String p = ref(path + ".personId", k.get("personId"), personIds);
            strength(path + ".strength", k.get("strength"));
            date(path + ".lastContact", k.get("lastContact"), false);
            if (!pairs.add(s + "\u0000" + p)) {
                err(path, "generator: duplicate knows " + s + "->" + p);
            }
        }
    }

    private void owns(JsonNode owns) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < owns.size(); i++) {
            JsonNode o = owns.get(i);
            String path = "owns[" + i + "]";
            fields(path, o, Set.of("staffId", "targetId", "priority"));
            String s = ref(path + ".staffId", o.get("staffId"), staffIds);
            String t = o.path("targetId").asText(null);
            if (t == null || !(personIds.contains(t) || orgIds.contains(t) || t.equals(accountId))) {
                err(path + ".targetId", "not a person, org or the account: " + t);
            }
            reqEnum(path + ".priority", o.get("priority"), PRIORITY);
            if (!pairs.add(s + "\u0000" + t)) {
                err(path, "generator: duplicate owner " + s + "->" + t);
            }
        }
    }

    private void competitors(JsonNode competitors) {
        for (int i = 0; i < competitors.size(); i++) {
            JsonNode c = competitors.get(i);
            String path = "competitors[" + i + "]";
            fields(path, c, Set.of("id", "name"));
            String id = id(path + ".id", c.get("id"));
            if (id != null && !competitorIds.add(id)) {
                err(path + ".id", "duplicate " + id);
            }
            text(path + ".name", c.get("name"), 1, 200, true);
        }
    }

    private void alignments(JsonNode alignments) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < alignments.size(); i++) {
            JsonNode a = alignments.get(i);
            String path = "alignments[" + i + "]";
            fields(path, a, Set.of("personId", "competitorId", "strength"));
            String p = ref(path + ".personId", a.get("personId"), personIds);
            String c = ref(path + ".competitorId", a.get("competitorId"), competitorIds);
            strength(path + ".strength", a.get("strength"));
            if (!pairs.add(p + "\u0000" + c)) {
                err(path, "generator: duplicate alignment " + p + "->" + c);
            }
        }
    }

    private void opportunities(JsonNode opportunities) {
        for (int i = 0; i < opportunities.size(); i++) {
            JsonNode o = opportunities.get(i);
            String path = "opportunities[" + i + "]";
            fields(path, o, Set.of("id", "name", "stage", "value", "currency", "closeDate", "roles"));
            String id = id(path + ".id", o.get("id"));
            if (id != null && !opportunityIds.add(id)) {
                err(path + ".id", "duplicate " + id);
            }
            text(path + ".name", o.get("name"), 1, 200, true);
            optEnum(path + ".stage", o.get("stage"), STAGE);
            JsonNode v = o.get("value");
            if (v != null && !v.isNull() && (!v.isNumber() || v.asDouble() < 0)) {
                err(path + ".value", "must be a number >= 0");
            }
            date(path + ".closeDate", o.get("closeDate"), false);
            JsonNode roles = o.get("roles");
            Set<String> people = new HashSet<>();
            for (int k = 0; roles != null && k < roles.size(); k++) {
                JsonNode r = roles.get(k);
                String rp = path + ".roles[" + k + "]";
                fields(rp, r, Set.of("personId", "decisionRole", "hidden"));
                String p = ref(rp + ".personId", r.get("personId"), personIds);
                if (!people.add(p)) {
                    err(rp, "generator: person listed twice " + p);
                }
                optEnum(rp + ".decisionRole", r.get("decisionRole"), ROLE);
                bool(rp + ".hidden", r.get("hidden"));
            }
        }
    }

    private void interactions(JsonNode interactions) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < interactions.size(); i++) {
            JsonNode x = interactions.get(i);
            String path = "interactions[" + i + "]";
            fields(path, x, Set.of("id", "date", "kind", "summary", "personIds", "staffIds"));
            String id = id(path + ".id", x.get("id"));
            if (id != null && !ids.add(id)) {
                err(path + ".id", "duplicate " + id);
            }
            date(path + ".date", x.get("date"), false);
            optEnum(path + ".kind", x.get("kind"), INTERACTION_KIND);
            refs(path + ".personIds", x.get("personIds"), personIds);
            refs(path + ".staffIds", x.get("staffIds"), staffIds);
        }
    }

    private void actions(JsonNode actions) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < actions.size(); i++) {
            JsonNode a = actions.get(i);
            String path = "actions[" + i + "]";
            fields(path, a, Set.of("id", "kind", "title", "due", "status", "complianceRisk", "approvedBy", "personId",
                    "ownerStaffId", "notes"));
            String id = id(path + ".id", a.get("id"));
            if (id != null && !ids.add(id)) {
                err(path + ".id", "duplicate " + id);
            }
            reqEnum(path + ".kind", a.get("kind"), ACTION_KIND);
            date(path + ".due", a.get("due"), false);
            optEnum(path + ".status", a.get("status"), ACTION_STATUS);
            optEnum(path + ".complianceRisk", a.get("complianceRisk"), RISK);
            String kind = a.path("kind").asText();
            if (Set.of("GIFT", "FAVOR", "HOSPITALITY").contains(kind)) {
                String risk = a.hasNonNull("complianceRisk") ? a.get("complianceRisk").asText() : "NONE";
                if (risk.equals("NONE") || !a.hasNonNull("approvedBy")) {
                    err(path, kind + " needs a compliance risk other than NONE and approvedBy");
                }
            }
            if (a.hasNonNull("personId")) {
                ref(path + ".personId", a.get("personId"), personIds);
            }
            if (a.hasNonNull("ownerStaffId")) {
                ref(path + ".ownerStaffId", a.get("ownerStaffId"), staffIds);
            }
        }
    }

    private void visits(JsonNode visits) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < visits.size(); i++) {
            JsonNode v = visits.get(i);
            String path = "visits[" + i + "]";
            fields(path, v, Set.of("id", "date", "status", "objective", "opportunityId", "staffIds", "targetIds"));
            String id = id(path + ".id", v.get("id"));
            if (id != null && !ids.add(id)) {
                err(path + ".id", "duplicate " + id);
            }
            date(path + ".date", v.get("date"), false);
            optEnum(path + ".status", v.get("status"), VISIT_STATUS);
            if (v.hasNonNull("opportunityId")) {
                ref(path + ".opportunityId", v.get("opportunityId"), opportunityIds);
            }
            refs(path + ".staffIds", v.get("staffIds"), staffIds);
            refs(path + ".targetIds", v.get("targetIds"), personIds);
        }
    }

    // ------------------------------------------------------------------ helpers

    private JsonNode array(JsonNode root, String name) {
        JsonNode a = root.get(name);
        if (a == null || a.isNull()) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        if (!a.isArray()) {
            err(name, "must be an array");
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        return a;
    }

    private void fields(String path, JsonNode node, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            err(path, "must be an object");
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                err(path + "." + f, "unknown field");
            }
        }
    }

    private String id(String path, JsonNode v) {
        if (v == null || !v.isTextual() || v.asText().isEmpty() || v.asText().length() > 200) {
            err(path, "must be a non-empty string up to 200 characters");
            return null;
        }
        return v.asText();
    }

    private void text(String path, JsonNode v, int min, int max, boolean required) {
        if (v == null || v.isNull()) {
            if (required) {
                err(path, "required");
            }
            return;
        }
        if (!v.isTextual() || v.asText().length() < min || v.asText().length() > max) {
            err(path, "must be a string of " + min + ".." + max + " characters");
        }
    }

    private void strings(String path, JsonNode v) {
        if (v == null || v.isNull()) {
            return;
        }
        if (!v.isArray() || v.size() > 50) {
            err(path, "must be an array of at most 50 strings");
            return;
        }
        for (int k = 0; k < v.size(); k++) {
            text(path + "[" + k + "]", v.get(k), 0, 500, true);
        }
    }

    private void reqEnum(String path, JsonNode v, Set<String> values) {
        if (v == null || v.isNull()) {
            err(path, "required");
        } else {
            optEnum(path, v, values);
        }
    }

    private void optEnum(String path, JsonNode v, Set<String> values) {
        if (v != null && !v.isNull() && (!v.isTextual() || !values.contains(v.asText()))) {
            err(path, "not one of " + values + ": " + v);
        }
    }

    private void bool(String path, JsonNode v) {
        if (v != null && !v.isNull() && !v.isBoolean()) {
            err(path, "must be a boolean");
        }
    }

    private void strength(String path, JsonNode v) {
        if (v == null || !v.isIntegralNumber() || v.asInt() < 1 || v.asInt() > 3) {
            err(path, "must be an integer 1..3");
        }
    }

    private String ref(String path, JsonNode v, Set<String> ids) {
        String s = v == null || v.isNull() ? null : v.asText();
        if (s == null || !ids.contains(s)) {
            err(path, "unknown reference " + s);
        }
        return s;
    }

    private void refs(String path, JsonNode v, Set<String> ids) {
        if (v == null || v.isNull()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < v.size(); k++) {
            String s = ref(path + "[" + k + "]", v.get(k), ids);
            if (!seen.add(s)) {
                err(path + "[" + k + "]", "generator: duplicate " + s);
            }
        }
    }

    private void date(String path, JsonNode v, boolean required) {
        if (v == null || v.isNull()) {
            if (required) {
                err(path, "required");
            }
            return;
        }
        try {
            if (!DATE.matcher(v.asText()).matches()) {
                throw new IllegalArgumentException();
            }
            LocalDate.parse(v.asText());
        } catch (RuntimeException e) {
            err(path, "not a YYYY-MM-DD date: " + v.asText());
        }
    }

    private void instant(String path, JsonNode v) {
        try {
            if (v == null || !INSTANT.matcher(v.asText()).matches()) {
                throw new IllegalArgumentException();
            }
            Instant.parse(v.asText());
        } catch (RuntimeException e) {
            err(path, "not a YYYY-MM-DDThh:mm:ssZ instant: " + v);
        }
    }

    /** Follows each id's parent link; a walk longer than the map means a cycle. */
    private void acyclic(String what, Map<String, String> parent) {
        Map<String, Boolean> done = new HashMap<>();
        for (String start : parent.keySet()) {
            List<String> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            String cur = start;
            while (cur != null && !done.containsKey(cur)) {
                if (!onPath.add(cur)) {
                    err(what, "cycle through " + cur);
                    break;
                }
                path.add(cur);
                cur = parent.get(cur);
            }
            for (String p : path) {
                done.put(p, Boolean.TRUE);
            }
        }
    }

    private void err(String path, String message) {
        if (errors.size() < 50) {
            errors.add(path + ": " + message);
        }
    }
}
