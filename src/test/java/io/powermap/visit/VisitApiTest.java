package io.powermap.visit;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.support.ApiTest;
import io.powermap.support.Fixtures;
import io.powermap.support.Http;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Visit plans and follow-up actions through real HTTP: shape, versions, audit, and every 400/404/409 writing nothing. */
class VisitApiTest extends ApiTest {

    private String account;
    private String base;
    private final Map<String, String> person = new HashMap<>();
    private final Map<String, String> staff = new HashMap<>();
    private String opportunity;

    @BeforeEach
    void fresh() {
        TestNeo4j.clear();
        account = Fixtures.importSmall(http);
        base = "/api/accounts/" + account;
        for (JsonNode p : http.get(base + "/people").json()) {
            person.put(p.get("externalId").asText(), p.get("id").asText());
        }
        for (JsonNode s : http.get(base + "/staff").json()) {
            staff.put(s.get("externalId").asText(), s.get("id").asText());
        }
        opportunity = http.get(base).json().at("/opportunityList/0/id").asText();
    }

    private long nodes() {
        return TestNeo4j.count("MATCH (n) RETURN count(n)") + TestNeo4j.count("MATCH ()-[r]->() RETURN count(r)");
    }

    private Map<String, Object> visit(Object... overrides) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", "2027-01-20");
        body.put("objective", "Sponsorship for phase 2");
        body.put("status", "PLANNED");
        body.put("opportunityId", opportunity);
        body.put("staffIds", List.of(staff.get("s-anna"), staff.get("s-bo")));
        body.put("targetIds", List.of(person.get("p-cto"), person.get("p-ceo")));
        for (int i = 0; i < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }

    @Test
    void textThatIsNotXmlStoredBeforeTheRulesCannotBreakTheBrief() {
        // As stored before noncharacters were refused at the edge (written here straight to the database).
        TestNeo4j.driver().executableQuery("MATCH (p:Person {id: $id}) SET p.name = $name, p.notes = $notes")
                .withParameters(Map.of("id", person.get("p-ceo"), "name", "Li\uFFFEWei", "notes", "x\uFFFF")).execute();
        TestNeo4j.driver().executableQuery("MATCH (v:Visit {accountId: $a}) SET v.objective = $o")
                .withParameters(Map.of("a", account, "o", "CEO\uFFFE sponsorship")).execute();
        String visit = http.get(base + "/visits").json().get(0).get("id").asText();

        java.net.http.HttpResponse<byte[]> pdf = http.sendForBytes(java.net.http.HttpRequest.newBuilder(
                http.uri(base + "/visits/" + visit + "/brief?format=pdf&lang=en")).GET());
        assertEquals(200, pdf.statusCode(), new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        Http.Response html = http.get(base + "/visits/" + visit + "/brief?format=html&lang=en");
        assertEquals(200, html.status(), html.body());
        assertTrue(html.body().contains("Li\uFFFDWei") && !html.body().contains("\uFFFE"), html.body());
    }

    @Test
    void createGetListUpdateDeleteInTheImportShape() {
        Http.Response created = http.post(base + "/visits", visit());
        assertEquals(201, created.status(), created.body());
        JsonNode v = created.json();
        String id = v.get("id").asText();
        assertEquals(1, v.get("version").asInt());
        assertEquals(List.of("Anna Berg", "Bo Lind"), names(v.get("staff")));
        assertEquals("DIRECTOR", v.at("/staff/0/rank").asText());
        assertEquals(List.of("Ольга Смирнова", "Li Wei"), names(v.get("targets")));
        assertEquals("APPROVER", v.at("/targets/1/decisionRole").asText());
        // Stored as the import stores visits: JOINS/TARGETS with positions, FOR_OPPORTUNITY.
        assertEquals(1, TestNeo4j.count("MATCH (s:Staff)-[:JOINS {position: 1}]->(v:VisitPlan {id: '" + id + "'}) WHERE s.name = 'Bo Lind' RETURN count(*)"));
        assertEquals(1, TestNeo4j.count("MATCH (v:VisitPlan {id: '" + id + "'})-[:TARGETS {position: 0}]->(p:Person {name: 'Ольга Смирнова'}) RETURN count(*)"));
        assertEquals(1, TestNeo4j.count("MATCH (v:VisitPlan {id: '" + id + "'})-[:FOR_OPPORTUNITY]->(:Opportunity) RETURN count(*)"));
        assertEquals(1, TestNeo4j.count("MATCH (c:Change {entityId: '" + id + "', action: 'CREATE'}) RETURN count(c)"));
        assertEquals(2, http.get(base + "/visits").json().size());

        // Accept a proposal: add a target; remove another.
        Http.Response updated = http.put(base + "/visits/" + id, visit("targetIds", List.of(person.get("p-adv"), person.get("p-cto")), "version", 1));
        assertEquals(200, updated.status(), updated.body());
        assertEquals(2, updated.json().get("version").asInt());
        assertEquals(List.of("Pieter de Vries", "Ольга Смирнова"), names(updated.json().get("targets")));

        JsonNode exported = http.get(base + "/export").json();
        JsonNode mine = null;
        for (JsonNode x : exported.get("visits")) {
            if (x.get("objective").asText().equals("Sponsorship for phase 2")) {
                mine = x;
            }
        }
        assertEquals(List.of("p-adv", "p-cto"), strings(mine.get("targetIds")));
        assertEquals(List.of("s-anna", "s-bo"), strings(mine.get("staffIds")));
        assertEquals("opp", mine.get("opportunityId").asText());

        assertEquals(409, http.delete(base + "/visits/" + id + "?version=1").status());
        assertEquals(204, http.delete(base + "/visits/" + id + "?version=2").status());
        assertEquals(404, http.get(base + "/visits/" + id).status());
        assertEquals(1, TestNeo4j.count("MATCH (c:Change {entityId: '" + id + "', action: 'DELETE'}) RETURN count(c)"));
    }

    @Test
    void badVisitsAre400sNamingTheFieldAndWriteNothing() {
        long before = nodes();
        Map<String, String> cases = new LinkedHashMap<>();
        Map<String, Map<String, Object>> bodies = new LinkedHashMap<>();
        bodies.put("date", visit("date", null));
        bodies.put("staffIds[1]", visit("staffIds", List.of(staff.get("s-anna"), "nobody")));
        bodies.put("targetIds[1]", visit("targetIds", List.of(person.get("p-cto"), "p-elsewhere")));
        bodies.put("targetIds[1] ", visit("targetIds", List.of(person.get("p-cto"), person.get("p-cto"))));
        bodies.put("opportunityId", visit("opportunityId", "opp-elsewhere"));
        bodies.put("objective", visit("objective", "x".repeat(10_001)));
        bodies.put("status", visit("status", "MAYBE"));
        bodies.put("colour", visit("colour", "red"));
        for (var e : bodies.entrySet()) {
            Http.Response r = http.post(base + "/visits", e.getValue());
            assertEquals(400, r.status(), e.getKey() + ": " + r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"));
            assertEquals(e.getKey().trim(), r.json().at("/errors/0/field").asText(), r.body());
            cases.put(e.getKey(), r.json().at("/errors/0/message").asText());
        }
        // A staff member of another account's team is not on this one's.
        String other = Fixtures.importSmall(http);
        long afterOther = nodes();
        String foreignStaff = http.get("/api/accounts/" + other + "/staff").json().findValues("id").stream()
                .map(JsonNode::asText).filter(s -> !staff.containsValue(s)).findFirst().orElseThrow();
        Http.Response r = http.post(base + "/visits", visit("staffIds", List.of(foreignStaff)));
        assertEquals(400, r.status(), r.body());
        assertEquals("staffIds[0]", r.json().at("/errors/0/field").asText());
        assertEquals(afterOther, nodes(), "nothing written");
        assertEquals(404, http.post("/api/accounts/nope/visits", visit()).status());
        assertEquals(afterOther, nodes());
        assertTrue(before < afterOther);
        System.out.println(cases);
    }

    @Test
    void staleAndMissingVisitsAre409And404WithNothingChanged() {
        String id = http.post(base + "/visits", visit()).json().get("id").asText();
        long before = nodes();
        Http.Response stale = http.put(base + "/visits/" + id, visit("objective", "changed", "version", 7));
        assertEquals(409, stale.status());
        assertEquals(1, stale.json().get("currentVersion").asInt());
        Http.Response noVersion = http.put(base + "/visits/" + id, visit("objective", "changed"));
        assertEquals(400, noVersion.status());
        assertEquals("version", noVersion.json().at("/errors/0/field").asText());
        assertEquals(404, http.put(base + "/visits/unknown", visit("version", 1)).status());
        assertEquals(404, http.get(base + "/visits/unknown").status());
        assertEquals(404, http.delete(base + "/visits/unknown?version=1").status());
        assertEquals(400, http.delete(base + "/visits/" + id).status(), "delete needs the version");
        Http.Response badRef = http.put(base + "/visits/" + id, visit("targetIds", List.of("ghost"), "version", 1));
        assertEquals(400, badRef.status());
        assertEquals(before, nodes(), "nothing written");
        assertEquals("Sponsorship for phase 2", http.get(base + "/visits/" + id).json().get("objective").asText());
    }

    @Test
    void followUpActionsNeedOwnerDueAndComplianceForGiftsFavoursAndHospitality() {
        String id = http.post(base + "/visits", visit()).json().get("id").asText();
        String actions = base + "/visits/" + id + "/actions";
        long before = nodes();
        Map<String, Object> workshop = new LinkedHashMap<>(Map.of("kind", "WORKSHOP", "title", "TCO workshop", "due", "2027-02-01",
                "ownerStaffId", staff.get("s-anna"), "personId", person.get("p-cto")));

        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("ownerStaffId", without(workshop, "ownerStaffId"));
        bad.put("due", without(workshop, "due"));
        bad.put("title", with(workshop, "title", " "));
        bad.put("personId", with(workshop, "personId", "ghost"));
        bad.put("ownerStaffId ", with(workshop, "ownerStaffId", "ghost"));
        bad.put("complianceRisk", with(with(workshop, "kind", "GIFT"), "approvedBy", "Compliance"));
        bad.put("approvedBy", with(with(workshop, "kind", "FAVOR"), "complianceRisk", "HIGH"));
        bad.put("approvedBy  ", with(with(with(workshop, "kind", "HOSPITALITY"), "complianceRisk", "LOW"), "approvedBy", " "));
        for (var e : bad.entrySet()) {
            Http.Response r = http.post(actions, e.getValue());
            assertEquals(400, r.status(), e.getKey() + ": " + r.body());
            List<String> fields = new ArrayList<>();
            r.json().get("errors").forEach(x -> fields.add(x.get("field").asText()));
            assertTrue(fields.contains(e.getKey().trim()), e.getKey() + " in " + fields);
        }
        Http.Response gift = http.post(actions, with(with(with(workshop, "kind", "GIFT"), "complianceRisk", "NONE"), "approvedBy", null));
        List<String> giftFields = new ArrayList<>();
        gift.json().get("errors").forEach(x -> giftFields.add(x.get("field").asText()));
        assertEquals(List.of("complianceRisk", "approvedBy"), giftFields);
        assertEquals(before, nodes(), "nothing written");

        Http.Response ok = http.post(actions, workshop);
        assertEquals(201, ok.status(), ok.body());
        String actionId = ok.json().get("id").asText();
        assertEquals("Anna Berg", ok.json().get("ownerName").asText());
        Http.Response hosp = http.post(actions, with(with(with(workshop, "kind", "HOSPITALITY"), "complianceRisk", "LOW"),
                "approvedBy", "Maria Keller, Compliance Officer"));
        assertEquals(201, hosp.status(), hosp.body());
        JsonNode v = http.get(base + "/visits/" + id).json();
        assertEquals(2, v.get("actions").size());

        // Exported as account actions that follow up this visit, and imported back the same way.
        JsonNode doc = http.get(base + "/export").json();
        int following = 0;
        for (JsonNode a : doc.get("actions")) {
            following += a.hasNonNull("visitId") ? 1 : 0;
        }
        assertEquals(2, following);
        Http.Response again = http.post("/api/import", doc);
        assertEquals(201, again.status(), again.body());
        assertEquals(2, TestNeo4j.count("MATCH (a:Action {accountId: '" + again.json().get("accountId").asText() + "'})-[:FOLLOWS_UP]->(:VisitPlan) RETURN count(a)"));

        String one = actions + "/" + actionId;
        assertEquals(409, http.put(one, with(workshop, "version", 5)).status());
        Http.Response done = http.put(one, with(with(workshop, "status", "DONE"), "version", 1));
        assertEquals(200, done.status(), done.body());
        assertEquals("DONE", done.json().get("status").asText());
        assertEquals(404, http.put(actions + "/ghost", with(workshop, "version", 1)).status());
        assertEquals(404, http.post(base + "/visits/ghost/actions", workshop).status());
        assertEquals(409, http.delete(one + "?version=1").status());
        assertEquals(204, http.delete(one + "?version=2").status());
        assertEquals(1, http.get(base + "/visits/" + id).json().get("actions").size());
        assertEquals(3, TestNeo4j.count("MATCH (c:Change {entityType: 'Action', entityId: '" + actionId + "'}) RETURN count(c)"));
    }

    private static Map<String, Object> with(Map<String, Object> m, String k, Object v) {
        Map<String, Object> copy = new LinkedHashMap<>(m);
        copy.put(k, v);
        return copy;
    }

    private static Map<String, Object> without(Map<String, Object> m, String k) {
        Map<String, Object> copy = new LinkedHashMap<>(m);
        copy.remove(k);
        return copy;
    }

    private static List<String> names(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(x -> out.add(x.get("name").asText()));
        return out;
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(x -> out.add(x.asText()));
        return out;
    }
}
