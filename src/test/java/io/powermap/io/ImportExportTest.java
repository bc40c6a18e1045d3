package io.powermap.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.powermap.App;
import io.powermap.support.Fixtures;
import static io.powermap.support.Documents.assertSameDocument;
import static io.powermap.support.Documents.sort;
import static io.powermap.support.Documents.sortStrings;
import static io.powermap.support.Documents.withoutVolatile;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportExportTest {

    private App app;
    private Http http;

    @BeforeAll
    void start() {
        TestNeo4j.clear();
        app = TestApp.remote(false);
        http = new Http(app.port());
    }

    @AfterAll
    void stop() {
        app.close();
    }

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

    /** Sections sorted by their key fields and needs filled in, as the export writes them. */
    private static JsonNode normalised(JsonNode doc) {
        ObjectNode copy = (ObjectNode) withoutVolatile(doc);
        copy.get("people").forEach(p -> {
            if (p.get("needs").isNull()) {
                ((ObjectNode) p).putObject("needs").putArray("professional");
                ((ObjectNode) p.get("needs")).putArray("personal");
            }
        });
        // A value written as 148000000 comes back as 1.48E8: the same number.
        copy.get("opportunities").forEach(o -> {
            if (o.get("value").isNumber()) {
                ((ObjectNode) o).put("value", o.get("value").asDouble());
            }
        });
        sort(copy, "orgs", "id");
        sort(copy, "people", "id");
        sort(copy, "influences", "from", "to", "kind");
        sort(copy, "staff", "id");
        sort(copy, "knows", "staffId", "personId");
        sort(copy, "owns", "staffId", "targetId", "priority");
        sort(copy, "competitors", "id");
        sort(copy, "alignments", "personId", "competitorId");
        sort(copy, "opportunities", "id");
        sort(copy, "interactions", "id");
        sort(copy, "actions", "id");
        sort(copy, "visits", "id");
        copy.get("interactions").forEach(i -> {
            sortStrings((ObjectNode) i, "personIds");
            sortStrings((ObjectNode) i, "staffIds");
        });
        return copy;
    }

}
