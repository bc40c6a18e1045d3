package io.powermap.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random edits of one account through the real API, for the tests that compare what is patched from the
 * change log with a fresh read. Each edit returns "what status": some are refused (a reporting loop, a
 * duplicate tie), which is an edit too. Each test mixes the kinds it needs.
 */
public final class RandomEdits {

    /** Names that sort differently by UTF-16 unit than by code point (Cypher's order), duplicates and accents. */
    public static final List<String> NAMES = List.of("Anna", "anna", "Ångström", "Zoë", "\uFF21lpha", "\uD835\uDD38lpha",
            "Ωmega", "Bob", "Bob", "Émile", "李雷", "o'Neil");
    private static final List<String> STANCES = List.of("OPPOSED", "NEUTRAL", "FAVORABLE", "SUPPORTIVE", "CHAMPION");

    private final Http http;
    private final String base;
    private final Random rnd;

    public RandomEdits(Http http, String accountId, Random rnd) {
        this.http = http;
        this.base = "/api/accounts/" + accountId;
        this.rnd = rnd;
    }

    public List<JsonNode> list(String what) {
        List<JsonNode> out = new ArrayList<>();
        http.get(base + "/" + what).json().forEach(out::add);
        return out;
    }

    public <T> T pick(List<T> from) {
        return from.get(rnd.nextInt(from.size()));
    }

    /** What a test checks after each step of {@link #steps}. */
    public interface StepCheck {
        void after(String step) throws Exception;
    }

    /**
     * Runs steps of edits (one edit mostly, sometimes two to four before the next check) and checks after each;
     * returns what each step did, for the test's own counts.
     */
    public List<String> steps(int steps, Supplier<String> edit, StepCheck check) throws Exception {
        List<String> done = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            List<String> batch = new ArrayList<>();
            for (int k = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(4) : 1; k > 0; k--) {
                batch.add(edit.get());
            }
            done.add(String.join(", ", batch));
            check.after("step " + step + " (" + done.get(step) + ")");
        }
        return done;
    }

    /** An edit kind with its share of a random mix. */
    public record Kind(int weight, Supplier<String> edit) {}

    /** Makes one edit of the mix, each kind with the chance of its weight over the sum; returns what it did. */
    public String oneOf(List<Kind> mix) {
        int r = rnd.nextInt(mix.stream().mapToInt(Kind::weight).sum());
        for (Kind kind : mix) {
            if (r < kind.weight()) {
                return kind.edit().get();
            }
            r -= kind.weight();
        }
        throw new IllegalStateException("weights must be positive");
    }

    private String anyPersonId() {
        return pick(list("people")).get("id").asText();
    }

    public String createPerson() {
        return "create person " + http.post(base + "/people", personBody(null)).status();
    }

    public String updatePerson() {
        JsonNode p = http.get(base + "/people/" + anyPersonId()).json();
        return "update person " + http.put(base + "/people/" + p.get("id").asText(), personBody(p)).status();
    }

    public String stance() {
        JsonNode p = pick(list("people"));
        return "stance " + http.post(base + "/people/" + p.get("id").asText() + "/stance",
                Map.of("stance", pick(STANCES), "version", p.get("version").asLong())).status();
    }

    public String deletePerson() {
        JsonNode p = pick(list("people"));
        return "delete person " + http.delete(base + "/people/" + p.get("id").asText() + "?version=" + p.get("version").asLong()).status();
    }

    public String createTie() {
        Map<String, Object> tie = tieBody(anyPersonId(), anyPersonId(), pick(List.of("ADVICE", "TRUST", "FRIEND", "POLITICAL")));
        return "create tie " + http.post(base + "/influences", tie).status();
    }

    public String updateTie() {
        JsonNode t = pick(list("influences"));
        Map<String, Object> tie = tieBody(t.get("from").asText(), t.get("to").asText(), t.get("kind").asText());
        tie.put("source", "note " + rnd.nextInt(9));
        tie.put("version", t.get("version").asLong());
        return "update tie " + http.put(base + "/influences/" + t.get("id").asText(), tie).status();
    }

    public String deleteTie() {
        JsonNode t = pick(list("influences"));
        return "delete tie " + http.delete(base + "/influences/" + t.get("id").asText() + "?version=" + t.get("version").asLong()).status();
    }

    public String renameOrg() {
        return "rename org " + renameOrg(pick(list("orgs")).get("id").asText(), pick(NAMES) + " unit " + rnd.nextInt(99));
    }

    public int renameOrg(String orgId, String name) {
        JsonNode o = http.get(base + "/orgs/" + orgId).json();
        Map<String, Object> org = new HashMap<>();
        org.put("name", name);
        org.put("kind", o.get("kind").asText());
        org.put("parentId", o.path("parentId").isNull() ? null : o.path("parentId").asText(null));
        org.put("version", o.get("version").asLong());
        return http.put(base + "/orgs/" + orgId, org).status();
    }

    public String dealRoles() {
        JsonNode opp = pick(list("opportunities"));
        JsonNode full = http.get(base + "/opportunities/" + opp.get("id").asText()).json();
        List<Map<String, Object>> roles = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            roles.add(Map.of("personId", anyPersonId(),
                    "decisionRole", pick(List.of("APPROVER", "EVALUATOR", "USER")), "hidden", rnd.nextBoolean()));
        }
        return "set roles " + http.put(base + "/opportunities/" + opp.get("id").asText() + "/roles",
                Map.of("roles", roles, "version", full.get("version").asLong())).status();
    }

    public String action() {
        return "action " + http.post(base + "/actions", Map.of("kind", "MEETING", "title", "Meet " + rnd.nextInt(9),
                "personId", anyPersonId())).status();
    }

    public String visit() {
        return "visit " + http.post(base + "/visits", Map.of("date", "2027-02-0" + (1 + rnd.nextInt(9)), "objective", "Visit",
                "status", "PLANNED", "targetIds", List.of(anyPersonId()))).status();
    }

    /** A new person ({@code person} null) or a change of every editable field of {@code person}. */
    private Map<String, Object> personBody(JsonNode person) {
        List<JsonNode> people = list("people");
        Map<String, Object> body = new HashMap<>();
        String current = person == null ? "New person" : person.path("name").asText("New person");
        body.put("name", rnd.nextInt(3) == 0 ? pick(NAMES) : current);
        body.put("title", "Title " + rnd.nextInt(50));
        body.put("rank", pick(List.of("BOARD", "C_LEVEL", "VP", "DIRECTOR", "MANAGER", "STAFF")));
        body.put("stance", pick(STANCES));
        body.put("decisionRole", rnd.nextBoolean() ? null : pick(List.of("APPROVER", "EVALUATOR", "USER")));
        body.put("reportsTo", rnd.nextInt(4) == 0 ? null : pick(people).get("id").asText());
        List<String> orgIds = new ArrayList<>();
        List<JsonNode> orgs = list("orgs");
        for (int k = rnd.nextInt(3); k > 0; k--) {
            String org = pick(orgs).get("id").asText();
            if (!orgIds.contains(org)) {
                orgIds.add(org);
            }
        }
        body.put("orgIds", orgIds);
        body.put("tags", rnd.nextBoolean() ? List.of("t" + rnd.nextInt(5)) : List.of());
        if (person != null && person.has("version")) {
            body.put("version", person.get("version").asLong());
        }
        return body;
    }

    private Map<String, Object> tieBody(String from, String to, String kind) {
        Map<String, Object> tie = new HashMap<>();
        tie.put("from", from);
        tie.put("to", to);
        tie.put("kind", kind);
        tie.put("strength", 1 + rnd.nextInt(3));
        tie.put("confidence", rnd.nextInt(11) / 10.0);
        return tie;
    }
}
