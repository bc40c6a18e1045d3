package io.powermap.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.powermap.support.ApiTest;
import io.powermap.support.Fixtures;
import static io.powermap.support.Documents.assertSameDocument;
import static io.powermap.support.Documents.normalised;
import static io.powermap.support.Documents.withoutVolatile;
import io.powermap.support.Http;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportExportTest extends ApiTest {


    @BeforeEach
    void clean() {
        TestNeo4j.clear();
    }

    @Test
    void importAnswersCreatedWithCounts() {
        Http.Response r = http.post("/api/import", Fixtures.document("small"));
        assertEquals(201, r.status(), r.body());
        JsonNode counts = r.json().get("counts");
        assertEquals(4, counts.get("people").asInt());
        assertEquals(3, counts.get("influences").asInt());
        String id = r.json().get("accountId").asText();
        assertEquals(4, TestNeo4j.count("MATCH (p:Person {accountId: '" + id + "'}) RETURN count(p)"));
        assertEquals(3, TestNeo4j.count("MATCH (:Person {accountId: '" + id + "'})-[t:INFLUENCES]->() RETURN count(t)"));
        assertEquals(1, TestNeo4j.count("MATCH (c:Change {accountId: '" + id + "', action: 'IMPORT'}) RETURN count(c)"));
    }

    @Test
    void exportImportExportIsLossless() {
        String first = Fixtures.importSmall(http);
        JsonNode exported = http.get("/api/accounts/" + first + "/export").json();
        Http.Response again = http.post("/api/import", exported);
        assertEquals(201, again.status(), again.body());
        JsonNode reExported = http.get("/api/accounts/" + again.json().get("accountId").asText() + "/export").json();
        assertEquals(withoutVolatile(exported), withoutVolatile(reExported));
        // And the first export holds everything the file had, field for field (export sorts by id
        // and writes empty needs as empty lists rather than null).
        assertSameDocument(normalised(Fixtures.document("small")), normalised(exported));
    }

    @Test
    void theDemoAccountRoundTripsLosslessly() {
        Http.Response demo = http.post("/api/import", Fixtures.demo());
        assertEquals(201, demo.status(), demo.body());
        JsonNode exported = http.get("/api/accounts/" + demo.json().get("accountId").asText() + "/export").json();
        assertSameDocument(normalised(Fixtures.demo()), normalised(exported));
        Http.Response again = http.post("/api/import", exported);
        JsonNode reExported = http.get("/api/accounts/" + again.json().get("accountId").asText() + "/export").json();
        assertEquals(withoutVolatile(exported), withoutVolatile(reExported));
    }

    /** The demo with one relationship target of each kind, annual and quarterly, one tied to a deal. */
    static ObjectNode demoWithPlanTargets() {
        ObjectNode doc = Fixtures.demo();
        ArrayNode targets = doc.putArray("targets");
        targets.addObject().put("id", "t-chair").put("period", "2026-Q4").put("kind", "PERSON_STANCE")
                .put("personId", "p-chair").put("stance", "SUPPORTIVE").put("note", "王建国 supportive before the BEC ranking");
        targets.addObject().put("id", "t-coaches").put("period", "2026").put("kind", "COACH_COUNT").put("minimum", 2)
                .put("opportunityId", "opp-5g-ran");
        targets.addObject().put("id", "t-owners").put("period", "2026").put("kind", "FIRST_OWNER");
        targets.addObject().put("id", "t-contact").put("period", "2027-Q1").put("kind", "RECENT_CONTACT").put("minimum", 60)
                .put("note", "Контакт раз в два месяца");
        return doc;
    }

    @Test
    void planTargetsTravelInTheDocumentLosslesslyAndShowTheirProgress() {
        ObjectNode doc = demoWithPlanTargets();
        Http.Response r = http.post("/api/import", doc);
        assertEquals(201, r.status(), r.body());
        assertEquals(4, r.json().at("/counts/targets").asInt());
        String id = r.json().get("accountId").asText();
        JsonNode exported = http.get("/api/accounts/" + id + "/export").json();
        assertSameDocument(normalised(doc), normalised(exported));
        assertEquals(List.of("t-chair", "t-coaches", "t-contact", "t-owners"),
                exported.get("targets").findValuesAsText("id"), "sorted by id, the file's ids kept");
        Http.Response again = http.post("/api/import", exported);
        assertEquals(201, again.status(), again.body());
        assertEquals(withoutVolatile(exported),
                withoutVolatile(http.get("/api/accounts/" + again.json().get("accountId").asText() + "/export").json()));
        // Imported targets are live plan targets: progress computed from the account.
        JsonNode list = http.get("/api/accounts/" + id + "/targets").json();
        assertEquals(4, list.size());
        JsonNode chair = null;
        for (JsonNode t : list) {
            chair = "PERSON_STANCE".equals(t.at("/target/kind").asText()) ? t : chair;
        }
        assertEquals("王建国", chair.at("/target/personName").asText());
        assertEquals("NEUTRAL", chair.at("/progress/current").asText(), chair.toString());
        assertEquals(4, TestNeo4j.count("MATCH (t:PlanTarget {accountId: '" + id + "'}) RETURN count(t)"));
        assertEquals(1, TestNeo4j.count("MATCH (t:PlanTarget {accountId: '" + id + "'})-[:FOR_OPPORTUNITY]->(:Opportunity) RETURN count(t)"));
    }

    @Test
    void aBadPlanTargetIsNamedAndNothingIsWritten() {
        ObjectNode doc = demoWithPlanTargets();
        ArrayNode targets = (ArrayNode) doc.get("targets");
        ((ObjectNode) targets.get(0)).put("personId", "p-nobody");
        ((ObjectNode) targets.get(1)).remove("minimum");
        ((ObjectNode) targets.get(2)).put("period", "2026-Q5").put("stance", "CHAMPION");
        ((ObjectNode) targets.get(3)).put("id", "t-chair");
        Http.Response r = http.post("/api/import", doc);
        assertEquals(400, r.status(), r.body());
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("targets[3].id", "targets[0].personId", "targets[1].minimum", "targets[2].period", "targets[2].stance"),
                fields.stream().filter(f -> f.startsWith("targets")).toList(), r.body());
        assertEquals(0, TestNeo4j.count("MATCH (n) WHERE n:Account OR n:PlanTarget RETURN count(n)"), "nothing written");
    }

    @Test
    void staffAreReusedByEmailAcrossImports() {
        Fixtures.importSmall(http);
        Fixtures.importSmall(http);
        assertEquals(1, TestNeo4j.count("MATCH (s:Staff {email: 'anna.berg@vendor.example'}) RETURN count(s)"));
        assertEquals(2, TestNeo4j.count("MATCH (:Staff {email: 'anna.berg@vendor.example'})-[t:ON_TEAM]->() RETURN count(t)"));
    }

    @Test
    void anInvalidFileListsEveryProblemAndWritesNothing() {
        ObjectNode doc = Fixtures.document("small");
        ArrayNode people = (ArrayNode) doc.get("people");
        ((ObjectNode) people.get(1)).put("reportsTo", "p-eng");               // p-eng reports to p-cto: a cycle
        ((ObjectNode) people.get(2)).put("name", " ");                       // missing name
        ((ObjectNode) people.get(3)).put("title", "x".repeat(201));          // over-long text
        ArrayNode ties = (ArrayNode) doc.get("influences");
        ((ObjectNode) ties.get(0)).put("strength", 5);                       // out of range
        ((ObjectNode) ties.get(1)).put("to", "p-adv");                       // self-tie
        ((ObjectNode) ties.get(2)).put("to", "p-nobody");                    // unknown reference
        ((ObjectNode) ((ArrayNode) doc.get("actions")).get(1)).putNull("approvedBy"); // hospitality without approval
        long nodesBefore = TestNeo4j.count(TestNeo4j.DATA_NODES);

        Http.Response r = http.post("/api/import", doc);

        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        for (String expected : List.of("people[1].reportsTo", "people[2].name", "people[3].title",
                "influences[0].strength", "influences[1].to", "influences[2].to", "actions[1].approvedBy")) {
            assertTrue(fields.contains(expected), expected + " in " + fields);
        }
        assertEquals(nodesBefore, TestNeo4j.count(TestNeo4j.DATA_NODES), "nothing written");
    }

    @Test
    void aUnicodeNoncharacterInAnyTextIsNamedAndNothingIsWritten() {
        for (String[] bad : new String[][]{{"people[1]", "name", "Ann\uFFFELee"}, {"orgs[2]", "name", "HQ\uFFFF"},
                {"interactions[0]", "summary", "QBR\uFDEF"}, {"people[3]", "notes", "x\uDBBF\uDFFE"}, {"account", "name", "\uFFFE"}}) {
            ObjectNode doc = Fixtures.document("small");
            ((ObjectNode) doc.at("/" + bad[0].replace("[", "/").replace("]", ""))).put(bad[1], bad[2]);
            Http.Response r = http.post("/api/import", doc);
            assertEquals(400, r.status(), r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"));
            assertEquals(bad[0] + "." + bad[1], r.json().at("/errors/0/field").asText(), r.body());
            assertTrue(r.json().at("/errors/0/message").asText().contains("noncharacter"), r.body());
        }
        assertEquals(0, TestNeo4j.count(TestNeo4j.DATA_NODES), "nothing written");
    }

    @Test
    void aDateOutsideTheYears0001To9999IsNamedAndNothingIsWritten() {
        String[][] cases = {{"interactions[0]", "date", "+10000-01-01"}, {"actions[0]", "due", "-0001-01-01"},
                {"visits[0]", "date", "0000-06-01"}, {"knows[0]", "lastContact", "+10000-01-01"},
                {"opportunities[0]", "closeDate", "+99999-12-31"}, {"influences[0]", "since", "-0001-01-01"},
                {"people[0].stanceHistory[0]", "at", "+10000-01-01T09:00:00Z"}, {"", "exportedAt", "-0001-01-01T00:00:00Z"}};
        for (String[] bad : cases) {
            ObjectNode doc = Fixtures.document("small");
            ((ObjectNode) doc.at(bad[0].isEmpty() ? "" : "/" + bad[0].replace("].", "]/").replace("[", "/").replace("]", ""))).put(bad[1], bad[2]);
            Http.Response r = http.post("/api/import", doc);
            String field = bad[0].isEmpty() ? bad[1] : bad[0] + "." + bad[1];
            assertEquals(400, r.status(), field + " " + r.body());
            assertEquals(field, r.json().at("/errors/0/field").asText(), r.body());
            assertTrue(r.json().at("/errors/0/message").asText().contains("0001 to 9999"), r.body());
        }
        assertEquals(0, TestNeo4j.count(TestNeo4j.DATA_NODES), "nothing written");
    }

    @Test
    void anOrgTwiceInAPersonsOrgIdsIsNamed() {
        ObjectNode doc = Fixtures.document("small");
        ((ArrayNode) doc.at("/people/1/orgIds")).add(doc.at("/people/1/orgIds/0").asText());
        Http.Response r = http.post("/api/import", doc);
        assertEquals(400, r.status(), r.body());
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("people[1].orgIds[2]"), fields, r.body());
        assertEquals(0, TestNeo4j.count(TestNeo4j.DATA_NODES), "nothing written");
    }

    @Test
    void theAccountIdIsCheckedLikeEveryOtherId() {
        for (String id : new String[]{"acct\u0007", "", "   ", "x".repeat(5_000), "acct\uFFFE", null}) {
            ObjectNode doc = Fixtures.document("small");
            ((ObjectNode) doc.get("account")).put("id", id);
            Http.Response r = http.post("/api/import", doc);
            assertEquals(400, r.status(), r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"));
            assertEquals("account.id", r.json().at("/errors/0/field").asText(), r.body());
        }
        assertEquals(0, TestNeo4j.count(TestNeo4j.DATA_NODES), "nothing written");
        ObjectNode longest = Fixtures.document("small");
        ((ObjectNode) longest.get("account")).put("id", "x".repeat(200));
        longest.get("owns").forEach(o -> {
            if (o.get("targetId").asText().equals("acc")) {
                ((ObjectNode) o).put("targetId", "x".repeat(200));   // the account's own id, as the file names it
            }
        });
        assertEquals(201, http.post("/api/import", longest).status(), "200 characters are fine");
    }

    @Test
    void anUnknownEnumValueNamesItsPath() {
        ObjectNode doc = Fixtures.document("small");
        ((ObjectNode) doc.get("people").get(3)).put("stance", "HOSTILE");
        Http.Response r = http.post("/api/import", doc);
        assertEquals(400, r.status());
        assertEquals("people[3].stance", r.json().at("/errors/0/field").asText());
        assertTrue(r.json().at("/errors/0/message").asText().contains("CHAMPION"), r.body());
        assertEquals(0, TestNeo4j.count(TestNeo4j.DATA_NODES));
    }

    @Test
    void anUnknownFieldIsRejectedNotDropped() {
        ObjectNode doc = Fixtures.document("small");
        ((ObjectNode) doc.get("orgs").get(0)).put("colour", "red");
        Http.Response r = http.post("/api/import", doc);
        assertEquals(400, r.status());
        assertEquals("orgs[0].colour", r.json().at("/errors/0/field").asText());
    }

    @Test
    void malformedTooLargeAndWrongTypeBodiesAreProblems() {
        Http.Response malformed = http.sendJson("POST", "/api/import", "{\"format\": ");
        assertEquals(400, malformed.status());
        assertEquals("body", malformed.json().at("/errors/0/field").asText());

        Http.Response wrongType = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + app.port() + "/api/accounts"))
                .header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")));
        assertEquals(415, wrongType.status());

        Http.Response tooLarge = http.post("/api/accounts", "{\"name\":\"" + "x".repeat(1_100_000) + "\"}");
        assertEquals(413, tooLarge.status());
        assertTrue(tooLarge.contentType().startsWith("application/problem+json"));
        assertEquals(0, TestNeo4j.count("MATCH (a:Account) RETURN count(a)"));
    }

}
