package io.powermap.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.powermap.App;
import io.powermap.support.Documents;
import io.powermap.support.Fixtures;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/imports: streamed, validated like the single-transaction import, batched, invisible until done. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkImportTest {

    private App app;
    private Http http;

    @BeforeAll
    void start() {
        TestNeo4j.clear();
        app = TestApp.remote(false, Map.of("POWERMAP_IMPORT_BATCH", "700"));
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

    private JsonNode bulk(Object doc) {
        try {
            return Documents.bulkImport(http, HttpRequest.BodyPublishers.ofString(Http.JSON.writeValueAsString(doc)),
                    Duration.ofMinutes(2));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void answers202WithALocationAndTheJobIsReadableFromTheDatabase() {
        Http.Response r = http.post("/api/imports", Fixtures.document("small"));
        assertEquals(202, r.status(), r.body());
        String id = r.json().get("id").asText();
        assertEquals("/api/imports/" + id, r.header("Location"));
        assertTrue(List.of("QUEUED", "RUNNING", "DONE").contains(r.json().get("state").asText()), r.body());
        JsonNode done = Documents.awaitJob(http, r.header("Location"), Duration.ofMinutes(1));
        assertEquals("DONE", done.get("state").asText(), done.toString());
        assertEquals(100, done.get("percent").asInt());
        assertEquals(4, done.at("/counts/people").asInt());
        assertEquals(1, TestNeo4j.count("MATCH (j:ImportJob {id: '" + id + "', state: 'DONE'}) RETURN count(j)"));
        assertEquals(404, http.get("/api/imports/no-such-job").status());
    }

    @Test
    void aGeneratedAccountArrivesWholeAndEqualToTheFile() {
        byte[] file = Documents.generate(600, 3_000, 11);
        long t0 = System.nanoTime();
        JsonNode job = Documents.bulkImport(http, HttpRequest.BodyPublishers.ofByteArray(file), Duration.ofMinutes(3));
        System.out.printf("bulk import of 600 people: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertEquals("DONE", job.get("state").asText(), job.toString());
        String accountId = job.get("accountId").asText();
        assertEquals(600, job.at("/counts/people").asInt());
        assertEquals(3_000, job.at("/counts/influences").asInt());
        t0 = System.nanoTime();
        JsonNode exported = http.get("/api/accounts/" + accountId + "/export").json();
        System.out.printf("export: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        JsonNode original;
        try {
            original = Http.JSON.readTree(file);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        Documents.assertSameDocument(Documents.normalised(original), Documents.normalised(exported));
        assertEquals(1, TestNeo4j.count("MATCH (c:Change {accountId: '" + accountId + "', action: 'IMPORT'}) RETURN count(c)"));
        assertTrue(http.get("/api/accounts").body().contains(accountId));
    }

    @Test
    void theDemoWritesTheSameGraphAsTheSingleTransactionImport() {
        JsonNode job = bulk(Fixtures.demo());
        assertEquals("DONE", job.get("state").asText(), job.toString());
        Http.Response sync = http.post("/api/import", Fixtures.demo());
        assertEquals(201, sync.status());
        JsonNode viaBulk = http.get("/api/accounts/" + job.get("accountId").asText() + "/export").json();
        JsonNode viaSync = http.get("/api/accounts/" + sync.json().get("accountId").asText() + "/export").json();
        assertEquals(Documents.withoutVolatile(viaSync), Documents.withoutVolatile(viaBulk));
        assertEquals(Http.JSON.valueToTree(sync.json().get("counts")), job.get("counts"));
    }

    @Test
    void planTargetsArriveAsWithTheSingleTransactionImport() {
        ObjectNode doc = ImportExportTest.demoWithPlanTargets();
        JsonNode job = bulk(doc);
        assertEquals("DONE", job.get("state").asText(), job.toString());
        assertEquals(4, job.at("/counts/targets").asInt());
        JsonNode viaBulk = http.get("/api/accounts/" + job.get("accountId").asText() + "/export").json();
        Documents.assertSameDocument(Documents.normalised(doc), Documents.normalised(viaBulk));
        ((ObjectNode) ((ArrayNode) doc.get("targets")).get(1)).put("opportunityId", "opp-nowhere");
        JsonNode failed = bulk(doc);
        assertEquals("FAILED", failed.get("state").asText(), failed.toString());
        assertEquals("targets[1].opportunityId", failed.at("/errors/0/field").asText(), failed.toString());
    }

    @Test
    void anInvalidFileListsEveryProblemByPathAndWritesNothing() {
        ObjectNode doc = Fixtures.document("small");
        ArrayNode people = (ArrayNode) doc.get("people");
        ((ObjectNode) people.get(1)).put("reportsTo", "p-eng");               // a cycle
        ((ObjectNode) people.get(2)).put("name", " ");
        ((ObjectNode) people.get(3)).put("title", "x".repeat(201));
        ((ObjectNode) people.get(3)).put("stance", "HOSTILE");                // does not bind: listed, scan goes on
        ArrayNode ties = (ArrayNode) doc.get("influences");
        ((ObjectNode) ties.get(0)).put("strength", 5);
        ((ObjectNode) ties.get(1)).put("to", "p-adv");
        ((ObjectNode) ties.get(2)).put("to", "p-nobody");
        ((ObjectNode) ((ArrayNode) doc.get("actions")).get(1)).putNull("approvedBy");
        ((ObjectNode) doc.get("orgs").get(0)).put("colour", "red");

        JsonNode job = bulk(doc);

        assertEquals("FAILED", job.get("state").asText(), job.toString());
        List<String> fields = new ArrayList<>();
        job.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        for (String expected : List.of("people[1].reportsTo", "people[2].name", "people[3].stance",
                "influences[0].strength", "influences[1].to", "influences[2].to", "actions[1].approvedBy", "orgs[0].colour")) {
            assertTrue(fields.contains(expected), expected + " in " + fields);
        }
        assertTrue(job.get("accountId").isNull());
        assertEquals(0, TestNeo4j.count(TestNeo4j.DATA_NODES.replace("n:User OR", "n:ImportJob OR n:User OR")), "nothing written");
    }

    @Test
    void unicodeNoncharactersAreListedByPathAndNothingIsWritten() {
        ObjectNode doc = Fixtures.document("small");
        ((ObjectNode) doc.get("account")).put("notes", "fixture\uFFFF");
        ((ObjectNode) doc.get("people").get(0)).put("name", "Ann\uFFFELee");
        ((ObjectNode) doc.get("orgs").get(2)).put("name", "Bid\uFDD0");
        ((ObjectNode) doc.get("visits").get(0)).put("objective", "x\uD83F\uDFFF");

        JsonNode job = bulk(doc);

        assertEquals("FAILED", job.get("state").asText(), job.toString());
        // An item that does not bind is listed under its field; references to it fail after (as for an unknown enum value).
        assertEquals(List.of("account.notes", "orgs[2].name", "people[0].name", "visits[0].objective"),
                job.get("errors").findValuesAsText("field").subList(0, 4), job.toString());
        for (int i = 0; i < 4; i++) {
            assertTrue(job.at("/errors/" + i + "/message").asText().contains("noncharacter"), job.toString());
        }
        assertNothingWritten();
    }

    @Test
    void datesOutsideTheYears0001To9999AreListedByPathAndNothingIsWritten() {
        ObjectNode doc = Fixtures.document("small");
        ((ObjectNode) doc.get("knows").get(1)).put("lastContact", "-0001-01-01");
        ((ObjectNode) doc.get("interactions").get(0)).put("date", "+10000-01-01");

        JsonNode job = bulk(doc);

        assertEquals("FAILED", job.get("state").asText(), job.toString());
        assertEquals(List.of("knows[1].lastContact", "interactions[0].date"), job.get("errors").findValuesAsText("field"), job.toString());
        assertTrue(job.at("/errors/0/message").asText().contains("0001 to 9999"), job.toString());
        assertNothingWritten();
    }

    @Test
    void theAccountIdAndRepeatedOrgIdsAreCheckedLikeTheSynchronousImportDoes() {
        ObjectNode doc = Fixtures.document("small");
        ((ObjectNode) doc.get("account")).put("id", "acct\u0007");
        ((ArrayNode) doc.at("/people/1/orgIds")).add(doc.at("/people/1/orgIds/0").asText());

        JsonNode job = bulk(doc);

        assertEquals("FAILED", job.get("state").asText(), job.toString());
        // (then owns[3].targetId: it names the account by the id the file had)
        assertEquals(List.of("people[1].orgIds[2]", "account.id"), job.get("errors").findValuesAsText("field").subList(0, 2), job.toString());
        assertNothingWritten();
    }

    @Test
    void aFollowUpOfAVisitNotInTheFileIsRejectedLikeTheSynchronousImportDoes() {
        ObjectNode doc = Fixtures.document("small");
        ((ObjectNode) doc.get("actions").get(0)).put("visitId", "v-nowhere");
        ((ObjectNode) doc.get("actions").get(1)).put("visitId", "v-1");

        JsonNode job = bulk(doc);

        assertEquals("FAILED", job.get("state").asText(), job.toString());
        assertEquals(List.of("actions[0].visitId"), job.get("errors").findValuesAsText("field"), job.toString());
        assertEquals("no visit with id 'v-nowhere' in this file", job.at("/errors/0/message").asText());
        assertNothingWritten();
        Http.Response sync = http.post("/api/import", doc);
        assertEquals(400, sync.status());
        assertEquals("actions[0].visitId", sync.json().at("/errors/0/field").asText(), "the same field as the synchronous import");
    }

    @Test
    void aKeyTwiceInOneObjectFailsNamingItsPath() {
        String doc = Fixtures.document("small").toString()
                .replaceFirst("\"name\":\"", "\"name\":\"First\",\"title\":\"x\",\"name\":\"");
        // the first "name" of the file is the account's; the next, an org's, gets the duplicate
        String inOrg = Fixtures.document("small").toString();
        int org = inOrg.indexOf("\"orgs\"");
        int name = inOrg.indexOf("\"name\":", org);
        inOrg = inOrg.substring(0, name) + "\"name\":\"Shadow\"," + inOrg.substring(name);

        JsonNode job = Documents.bulkImport(http, HttpRequest.BodyPublishers.ofString(inOrg), Duration.ofMinutes(1));
        assertEquals("FAILED", job.get("state").asText(), job.toString());
        assertEquals("orgs[0].name", job.at("/errors/0/field").asText(), job.toString());
        assertEquals("appears twice in the same object", job.at("/errors/0/message").asText());

        JsonNode inAccount = Documents.bulkImport(http, HttpRequest.BodyPublishers.ofString(doc), Duration.ofMinutes(1));
        assertEquals("FAILED", inAccount.get("state").asText(), inAccount.toString());
        assertEquals("account.name", inAccount.at("/errors/0/field").asText(), inAccount.toString());
        assertNothingWritten();
    }

    @Test
    void aBodyThatIsNotWellFormedUtf8Is400AndNoJobIsCreated() throws Exception {
        byte[] doc = Http.JSON.writeValueAsBytes(Fixtures.document("small"));
        String marker = "Energy workshop";
        int at = new String(doc, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf(marker);
        Map<String, byte[]> bad = new java.util.LinkedHashMap<>();
        bad.put("invalid byte", new byte[]{(byte) 0xff});
        bad.put("overlong '/'", new byte[]{(byte) 0xc0, (byte) 0xaf});
        bad.put("CESU surrogate", new byte[]{(byte) 0xed, (byte) 0xa0, (byte) 0x80});
        bad.put("truncated sequence", new byte[]{(byte) 0xe2, (byte) 0x82});
        for (Map.Entry<String, byte[]> b : bad.entrySet()) {
            byte[] body = new byte[doc.length + b.getValue().length];
            System.arraycopy(doc, 0, body, 0, at);
            System.arraycopy(b.getValue(), 0, body, at, b.getValue().length);
            System.arraycopy(doc, at, body, at + b.getValue().length, doc.length - at);
            Http.Response r = http.send(HttpRequest.newBuilder(http.uri("/api/imports"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
            assertEquals(400, r.status(), b.getKey() + ": " + r.body());
            assertEquals("body", r.json().at("/errors/0/field").asText(), b.getKey());
            assertEquals("is not well-formed UTF-8", r.json().at("/errors/0/message").asText(), b.getKey());
        }
        assertNothingWritten();
        assertEquals(0, TestNeo4j.count("MATCH (j:ImportJob) RETURN count(j)"), "no job either");
        JsonNode fine = Documents.bulkImport(http, HttpRequest.BodyPublishers.ofByteArray(doc), Duration.ofMinutes(1));
        assertEquals("DONE", fine.get("state").asText(), "the same file with its UTF-8 intact: " + fine);
    }

    private static void assertNothingWritten() {
        assertEquals(0, TestNeo4j.count(TestNeo4j.DATA_NODES.replace("n:User OR", "n:User OR n:ImportJob AND n.state = 'FAILED' OR")),
                "nothing written");
        assertEquals(0, TestNeo4j.count("MATCH (a:Account) RETURN count(a)"), "no account");
    }

    @Test
    void theErrorListIsCappedButCountsEveryProblem() {
        ObjectNode doc = Fixtures.document("small");
        ArrayNode ties = (ArrayNode) doc.putArray("influences");
        for (int i = 0; i < 250; i++) {
            ties.addObject().put("from", "p-x" + i).put("to", "p-cto").put("strength", 2);
        }
        JsonNode job = bulk(doc);
        assertEquals("FAILED", job.get("state").asText());
        assertEquals(100, job.get("errors").size());
        assertEquals(250, job.get("errorCount").asLong());
    }

    @Test
    void malformedJsonFailsWithItsPosition() {
        JsonNode job = Documents.bulkImport(http, HttpRequest.BodyPublishers.ofString("{\"format\": \"powermap/1\", \"people\": [ {"),
                Duration.ofMinutes(1));
        assertEquals("FAILED", job.get("state").asText());
        assertEquals("body", job.at("/errors/0/field").asText());
        assertTrue(job.at("/errors/0/message").asText().contains("JSON"), job.toString());
        assertEquals(0, TestNeo4j.count("MATCH (a:Account) RETURN count(a)"));
    }

    @Test
    void aWrongContentTypeIs415AndTheSynchronousImportStillWorks() {
        Http.Response wrong = http.send(HttpRequest.newBuilder(http.uri("/api/imports"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(415, wrong.status());
        assertEquals(201, http.post("/api/import", Fixtures.document("small")).status());
    }

    @Test
    void anAccountStillImportingIsInvisibleAndItsLeftoversAreCleaned() {
        String id = "half-imported";
        try (var s = TestNeo4j.driver().session()) {
            s.run("CREATE (:Account {id: $id, name: 'Half', importing: true, version: 1}) "
                    + "WITH 1 AS x UNWIND range(1, 3000) AS i CREATE (:Person {id: $id + '-' + i, accountId: $id, name: 'P' + i})",
                    Map.of("id", id)).consume();
            s.run("MATCH (a:Person {accountId: $id}), (b:Person {accountId: $id}) WHERE a.name = 'P1' "
                    + "CREATE (a)-[:INFLUENCES {id: b.id, strength: 1, confidence: 1.0}]->(b)", Map.of("id", id)).consume();
            // a running job of a live instance keeps its account; this one has none, so it is an orphan
        }
        assertFalse(http.get("/api/accounts").body().contains(id));
        assertEquals(404, http.get("/api/accounts/" + id).status());
        assertEquals(404, http.get("/api/accounts/" + id + "/graph").status());
        assertEquals(404, http.get("/api/accounts/" + id + "/export").status());
        assertEquals(404, http.get("/api/accounts/" + id + "/analysis").status());
        assertEquals(0, http.get("/api/health").json().get("accounts").asLong());

        app.bulkImports().cleanUpNow();

        assertEquals(0, TestNeo4j.count("MATCH (n) WHERE n.accountId = '" + id + "' OR n.id = '" + id + "' RETURN count(n)"));
    }

    @Test
    void aJobOfADeadInstanceIsFailedAndItsAccountDeleted() {
        try (var s = TestNeo4j.driver().session()) {
            s.run("CREATE (:ImportJob {id: 'dead', state: 'RUNNING', percent: 40, bytes: 1, owner: 'gone', "
                    + "accountId: 'acc-dead', heartbeat: datetime() - duration({minutes: 5}), createdAt: datetime(), updatedAt: datetime()}) "
                    + "CREATE (:Account {id: 'acc-dead', name: 'Dead', importing: true, version: 1}) "
                    + "CREATE (:Person {id: 'pd', accountId: 'acc-dead', name: 'P'}) "
                    + "CREATE (:ImportJob {id: 'alive', state: 'RUNNING', percent: 40, bytes: 1, owner: 'other', "
                    + "accountId: 'acc-alive', heartbeat: datetime(), createdAt: datetime(), updatedAt: datetime()}) "
                    + "CREATE (:Account {id: 'acc-alive', name: 'Alive', importing: true, version: 1})").consume();
        }
        app.bulkImports().cleanUpNow();
        JsonNode dead = http.get("/api/imports/dead").json();
        assertEquals("FAILED", dead.get("state").asText());
        assertNotNull(dead.at("/errors/0/message").asText());
        assertEquals(0, TestNeo4j.count("MATCH (n) WHERE n.id IN ['acc-dead', 'pd'] RETURN count(n)"));
        assertEquals("RUNNING", http.get("/api/imports/alive").json().get("state").asText(), "a live instance's job is left alone");
        assertEquals(1, TestNeo4j.count("MATCH (a:Account {id: 'acc-alive'}) RETURN count(a)"));
    }
}
