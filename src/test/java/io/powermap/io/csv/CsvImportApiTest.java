package io.powermap.io.csv;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.App;
import io.powermap.support.Fixtures;
import io.powermap.support.Http;
import io.powermap.support.Race;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV import of people and ties through real HTTP, against the small fixture account. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsvImportApiTest {

    private static final int MAX_IMPORT = 65_536;

    private App app;
    private Http http;
    private String account;

    @BeforeAll
    void start() {
        TestNeo4j.clear();
        app = TestApp.remote(false, Map.of("POWERMAP_MAX_IMPORT", String.valueOf(MAX_IMPORT)));
        http = new Http(app.port());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @BeforeEach
    void fixture() {
        TestNeo4j.clear();
        account = Fixtures.importSmall(http);
    }

    // ------------------------------------------------------------------ helpers

    private String base() {
        return "/api/accounts/" + account;
    }

    private HttpRequest.Builder request(String path, String contentType, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .header("Content-Type", contentType).POST(body);
    }

    private Http.Response csv(String list, String text) {
        return http.send(request(base() + "/import/" + list, "text/csv; charset=utf-8",
                HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

    private String person(String externalId) {
        return Fixtures.personId(http, account, externalId);
    }

    private JsonNode personNamed(String name) {
        for (JsonNode p : http.get(base() + "/people").json()) {
            if (name.equals(p.get("name").asText())) {
                return http.get(base() + "/people/" + p.get("id").asText()).json();
            }
        }
        throw new AssertionError("no person " + name);
    }

    private long nodesAndRels() {
        return TestNeo4j.count("MATCH (n) RETURN count(n)") * 1_000_000
                + TestNeo4j.count("MATCH ()-[r]->() RETURN count(r)");
    }

    /** field → message of a 400 problem, in the order the server listed them. */
    private static Map<String, String> problems(Http.Response r) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        Map<String, String> out = new java.util.LinkedHashMap<>();
        r.json().get("errors").forEach(e -> out.merge(e.get("field").asText(), e.get("message").asText(), (a, b) -> a + " | " + b));
        return out;
    }

    private static void assertCounts(Http.Response r, int created, int updated, int lines) {
        assertEquals(200, r.status(), r.body());
        assertEquals(created, r.json().get("created").asInt(), r.body());
        assertEquals(updated, r.json().get("updated").asInt(), r.body());
        assertEquals(lines, r.json().get("lines").asInt(), r.body());
    }

    private List<JsonNode> changes() {
        List<JsonNode> out = new ArrayList<>();
        http.get(base() + "/changes?since=2000-01-01&size=500").json().get("changes").forEach(out::add);
        return out;
    }

    // ------------------------------------------------------------------ people

    @Test
    void peopleAreCreatedAndUpdatedByExternalIdFromAnExcelStyleFile() {
        String cto = person("p-cto");
        String ceo = person("p-ceo");
        int changesBefore = changes().size();
        // Excel in many locales: BOM, semicolons, CRLF, decimal commas; header names in any case.
        String file = "\uFEFFExternalId;NAME;title;Rank;orgs;reportsTo;Decision Role;stance;risingStar;tags;notes\r\n"
                + "p-cto;Ольга Смирнова;Chief Technology Officer;c-level;Technology|o-bid;Li Wei;decision maker;SUPPORTIVE;no;5g|board;"
                + "\"Notes; with \"\"quotes\"\"\r\nand a line break\"\r\n"
                + "p-new;张伟;Head of Procurement;director;Small Telco HQ;p-cto;GATEKEEPER;NEUTRAL;yes;;\r\n"
                + ";;;;;;;;;;\r\n"
                + ";Дмитрий Иванов;Engineer;STAFF;o-tech;张伟;;;;;\r\n"
                + "\r\n";
        Http.Response r = csv("people", file);
        assertCounts(r, 2, 1, 3);

        JsonNode olga = http.get(base() + "/people/" + cto).json();
        assertEquals("Chief Technology Officer", olga.get("title").asText());
        assertEquals(2, olga.get("version").asLong(), "an update is version + 1");
        assertEquals("DECISION_MAKER", olga.get("decisionRole").asText());
        assertEquals("SUPPORTIVE", olga.get("stance").asText());
        JsonNode last = olga.get("stanceHistory").get(olga.get("stanceHistory").size() - 1);
        assertEquals("SUPPORTIVE", last.get("stance").asText());
        assertEquals("CSV import, line 2", last.get("note").asText());
        assertEquals(ceo, olga.get("reportsTo").asText());
        assertEquals("Chair", olga.at("/orgs/1/title").asText(), "a kept membership keeps its title");
        assertEquals("Notes; with \"quotes\"\r\nand a line break", olga.get("notes").asText());
        assertEquals(List.of("5g", "board"), Http.JSON.convertValue(olga.get("tags"), List.class));
        assertTrue(olga.get("onOrgChart").asBoolean(), "a column not in the file keeps its value");

        JsonNode zhang = personNamed("张伟");
        assertEquals("p-new", zhang.get("externalId").asText());
        assertEquals("DIRECTOR", zhang.get("rank").asText());
        assertEquals(cto, zhang.get("reportsTo").asText());
        assertEquals("Small Telco HQ", zhang.at("/orgs/0/name").asText());
        assertTrue(zhang.get("risingStar").asBoolean());
        assertEquals(1, zhang.get("version").asLong());
        assertEquals(1, zhang.get("stanceHistory").size(), "the initial stance is recorded");

        JsonNode dmitry = personNamed("Дмитрий Иванов");
        assertEquals(zhang.get("id").asText(), dmitry.get("reportsTo").asText(), "reportsTo names a person of the same file");
        assertEquals("Technology", dmitry.at("/orgs/0/name").asText());
        assertTrue(dmitry.get("externalId").isNull());
        assertEquals(0, dmitry.get("stanceHistory").size(), "no stance given, none recorded");

        List<JsonNode> changes = changes();
        assertEquals(changesBefore + 4, changes.size(), "2 creates, 1 update and the import itself");
        assertEquals("IMPORT", changes.get(0).get("action").asText());
        assertTrue(changes.get(0).get("after").asText().contains("\"created\":2"), changes.get(0).toString());
        JsonNode update = changes.stream().filter(c -> c.get("action").asText().equals("UPDATE")).findFirst().orElseThrow();
        assertEquals(cto, update.get("entityId").asText());
        assertTrue(update.get("before").asText().contains("\"title\":\"CTO\""), update.toString());
        assertTrue(update.get("after").asText().contains("Chief Technology Officer"), update.toString());

        // The same file again: the two with externalIds are updated, the one without is created anew.
        assertCounts(csv("people", file), 1, 2, 3);
        assertEquals(3, http.get(base() + "/people/" + cto).json().get("version").asLong());
        assertEquals(olga.get("stanceHistory").size(), http.get(base() + "/people/" + cto).json().get("stanceHistory").size(),
                "an unchanged stance is not recorded again");
    }

    @Test
    void aLineNamingTheIdOfAPersonWithoutExternalIdUpdatesThemAsExportsNameThem() {
        Http.Response created = http.post(base() + "/people", Map.of("name", "Alice Example"));
        assertEquals(201, created.status(), created.body());
        String id = created.json().get("id").asText();
        int people = http.get(base() + "/people").json().size();
        // Exports write her id where an externalId would stand: the file edited and imported back is her.
        assertCounts(csv("people", "externalId,name\r\n" + id + ",Alice Renamed\r\n"), 0, 1, 1);
        assertEquals(people, http.get(base() + "/people").json().size());
        assertEquals("Alice Renamed", http.get(base() + "/people/" + id).json().get("name").asText());
        // And the account still goes out and comes back in (a second person keyed by her id would clash).
        Http.Response again = http.post("/api/import", http.get(base() + "/export").json());
        assertEquals(201, again.status(), again.body());
    }

    @Test
    void anUpdateOnlyTouchesTheColumnsOfTheFile() {
        String eng = person("p-eng");
        JsonNode before = http.get(base() + "/people/" + eng).json();
        assertCounts(csv("people", "externalId,name\np-eng,Wang Jianguo\n"), 0, 1, 1);
        JsonNode after = http.get(base() + "/people/" + eng).json();
        assertEquals("Wang Jianguo", after.get("name").asText());
        for (String kept : List.of("title", "rank", "orgIds", "reportsTo", "decisionRole", "stance", "risingStar", "stanceHistory")) {
            assertEquals(before.get(kept), after.get(kept), kept);
        }
        // An empty cell in a column of the file clears the value (or sets its default).
        assertCounts(csv("people", "externalId,name,title,reportsTo,orgs\np-eng,Wang Jianguo,,,\n"), 0, 1, 1);
        JsonNode cleared = http.get(base() + "/people/" + eng).json();
        assertTrue(cleared.get("title").isNull());
        assertTrue(cleared.get("reportsTo").isNull());
        assertEquals(0, cleared.get("orgIds").size());
    }

    @Test
    void severalBadLinesAreAllListedByLineAndNothingIsWritten() {
        http.post(base() + "/people", Map.of("name", "Twin"));
        http.post(base() + "/people", Map.of("name", "Twin"));
        long before = nodesAndRels();
        String file = String.join("\n",
                "externalId,name,stance,rank,reportsTo,orgs,risingStar,notes",
                "x1,Good Person,NEUTRAL,STAFF,,,,\"a note",
                "over two lines\"",                                  // line 3 continues line 2
                "x2,,HOSTILE,STAFF,,,,",                             // line 4: name, stance
                "x3,Bad Rank,NEUTRAL,GENERAL,,,,",                   // line 5: rank
                "x4,Lost,NEUTRAL,STAFF,Nobody,,,",                   // line 6: reportsTo
                "x5,Orgless,NEUTRAL,STAFF,,Mars|o-tech,,",           // line 7: orgs
                "x6,Star,NEUTRAL,STAFF,,,maybe,",                    // line 8: risingStar
                "x1,Again,NEUTRAL,STAFF,,,,",                        // line 9: externalId
                "x7,Follower,NEUTRAL,STAFF,Twin,,,",                 // line 10: ambiguous reportsTo
                "x8," + "n".repeat(201) + ",,,,,,",                  // line 11: name too long
                "x9,Extra,NEUTRAL,STAFF,,,,,surplus",                // line 12: too many fields
                "");
        Map<String, String> p = problems(csv("people", file));

        assertEquals(List.of("line 4.name", "line 4.stance", "line 5.rank", "line 6.reportsTo", "line 7.orgs",
                "line 8.risingStar", "line 9.externalId", "line 10.reportsTo", "line 11.name", "line 12"),
                new ArrayList<>(p.keySet()), p.toString());
        assertTrue(p.get("line 4.stance").contains("'HOSTILE' is not one of OPPOSED"), p.toString());
        assertTrue(p.get("line 6.reportsTo").contains("'Nobody'"), p.toString());
        assertTrue(p.get("line 7.orgs").contains("'Mars'"), p.toString());
        assertTrue(p.get("line 9.externalId").contains("line 2"), p.toString());
        assertTrue(p.get("line 10.reportsTo").contains("ambiguous"), p.toString());
        assertEquals(before, nodesAndRels(), "nothing written");
    }

    @Test
    void unicodeNoncharactersAreRefusedByLineAndColumnAndNothingIsWritten() {
        long before = nodesAndRels();
        // Valid UTF-8 (EF BF BE, EF BF BF, EF B7 90), but noncharacters: not allowed in XML, they broke the PDF report.
        String people = String.join("\n",
                "externalId,name,title,notes,reportsTo",
                "n1,Ann\uFFFELee,,,",
                "n2,Bo,CTO\uFFFF,,",
                "n3,Cy,,a\uFDD0b,",
                "n4,Di,,,p-ceo\uD83F\uDFFF",
                "n\uFFFE5,Ed,,,",
                "");
        Map<String, String> p = problems(csv("people", people));
        assertEquals(List.of("line 2.name", "line 3.title", "line 4.notes", "line 5.reportsTo", "line 6.externalId"),
                new ArrayList<>(p.keySet()), p.toString());
        assertTrue(p.get("line 2.name").contains("noncharacter (U+FFFE)"), p.toString());
        p = problems(csv("ties", "from,to,kind,strength,source\np-eng,p-ceo,TRUST,2,lunch\uFFFF\n"));
        assertEquals(List.of("line 2.source"), new ArrayList<>(p.keySet()), p.toString());
        assertEquals(before, nodesAndRels(), "nothing written");
    }

    @Test
    void aTieSinceOutsideTheYears0001To9999IsRefusedByLine() {
        long before = nodesAndRels();
        Map<String, String> p = problems(csv("ties", "from,to,kind,strength,since\n"
                + "p-eng,p-ceo,TRUST,2,+10000-01-01\np-eng,p-cto,TRUST,2,-0001-01-01\np-adv,p-cto,TRUST,2,2024-05-01\n"));
        assertEquals(List.of("line 2.since", "line 3.since"), new ArrayList<>(p.keySet()), p.toString());
        assertTrue(p.get("line 2.since").contains("0001 to 9999"), p.toString());
        assertEquals(before, nodesAndRels(), "nothing written");
    }

    @Test
    void aReportingCycleMadeByTheFileIsRejected() {
        long before = nodesAndRels();
        // The fixture has 王建国 → Ольга Смирнова → Li Wei; the file closes the loop.
        Map<String, String> p = problems(csv("people", "externalId,name,reportsTo\np-ceo,Li Wei,王建国\n"));
        assertEquals(List.of("line 2.reportsTo"), new ArrayList<>(p.keySet()));
        assertTrue(p.get("line 2.reportsTo").contains("cycle: Li Wei → 王建国 → Ольга Смирнова → Li Wei"), p.toString());

        // A loop among new people of the file, and a self report.
        p = problems(csv("people", "externalId,name,reportsTo\nn1,Anna,n2\nn2,Bea,Anna\nn3,Cleo,n3\n"));
        assertEquals(List.of("line 2.reportsTo", "line 3.reportsTo", "line 4.reportsTo"), new ArrayList<>(p.keySet()), p.toString());
        assertTrue(p.get("line 4.reportsTo").contains("themselves"), p.toString());
        assertEquals(before, nodesAndRels(), "nothing written");

        // Moving the boss out of the way in the same file is fine.
        assertCounts(csv("people", "externalId,name,reportsTo\np-cto,Ольга Смирнова,\np-ceo,Li Wei,王建国\n"), 0, 2, 2);
        assertEquals(person("p-eng"), http.get(base() + "/people/" + person("p-ceo")).json().get("reportsTo").asText());
    }

    // ------------------------------------------------------------------ ties

    @Test
    void tiesAreCreatedAndUpdatedByNameAndByExternalId() {
        String ceo = person("p-ceo");
        String eng = person("p-eng");
        String adv = person("p-adv");
        String file = "from;to;kind;strength;confidence;source;since\n"
                + "王建国;Li Wei;ADVICE;2;0,8;lunch;2024-05-01\n"             // new, by names
                + "p-adv;p-ceo;advice;1;;\"dinner; again\";\n"               // updates the fixture's ADVICE tie
                + "p-eng;Ольга Смирнова;ex-colleague;3;0.9;;\n";             // new: same ends, another kind
        assertCounts(csv("ties", file), 2, 1, 3);

        Map<String, JsonNode> ties = new HashMap<>();
        http.get(base() + "/influences").json().forEach(t ->
                ties.put(t.get("from").asText() + ">" + t.get("to").asText() + ">" + t.get("kind").asText(), t));
        assertEquals(5, ties.size());
        JsonNode advice = ties.get(eng + ">" + ceo + ">ADVICE");
        assertNotNull(advice, ties.keySet().toString());
        assertEquals(2, advice.get("strength").asInt());
        assertEquals(0.8, advice.get("confidence").asDouble());
        assertEquals("2024-05-01", advice.get("since").asText());
        assertEquals(1, advice.get("version").asInt());
        JsonNode updated = ties.get(adv + ">" + ceo + ">ADVICE");
        assertEquals(1, updated.get("strength").asInt());
        assertEquals(1.0, updated.get("confidence").asDouble(), "an empty confidence is the default 1.0");
        assertEquals("dinner; again", updated.get("source").asText());
        assertTrue(updated.get("since").isNull(), "an empty since clears it");
        assertEquals(2, updated.get("version").asInt());
        assertEquals("Ольга Смирнова", ties.get(eng + ">" + person("p-cto") + ">EX_COLLEAGUE").get("toName").asText());

        JsonNode imported = changes().get(0);
        assertEquals("IMPORT", imported.get("action").asText());
        assertTrue(imported.get("after").asText().contains("\"csv\":\"ties\""), imported.toString());
    }

    @Test
    void parallelTieImportsAndCreatesOfOneTieLeaveOneTie() {
        String eng = person("p-eng");
        String ceo = person("p-ceo");
        for (String kind : List.of("FRIEND", "POLITICAL", "OTHER")) {
            List<java.util.function.Supplier<Http.Response>> racers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                racers.add(() -> csv("ties", "from,to,kind,strength\np-eng,p-ceo," + kind + ",2\n"));
                racers.add(() -> http.post(base() + "/influences", Map.of("from", eng, "to", ceo, "kind", kind, "strength", 1)));
            }
            List<Http.Response> answers = Race.run(racers);
            List<Integer> statuses = answers.stream().map(Http.Response::status).toList();
            assertEquals(3, Race.count(answers, 200), "every import applies (creating or updating): " + statuses);
            assertTrue(Race.count(answers, 201) <= 1, "at most one create: " + statuses);
            assertEquals(6, Race.count(answers, 200) + Race.count(answers, 201) + Race.count(answers, 409), statuses.toString());
            assertEquals(1, TestNeo4j.count("MATCH (:Person {id: '" + eng + "'})-[t:INFLUENCES {kind: '" + kind
                    + "'}]->(:Person {id: '" + ceo + "'}) RETURN count(t)"), "exactly one " + kind + " tie");
        }
    }

    @Test
    void badTiesAreAllListedAndNothingIsWritten() {
        http.post(base() + "/people", Map.of("name", "Twin"));
        http.post(base() + "/people", Map.of("name", "Twin"));
        long before = nodesAndRels();
        String file = String.join("\r\n",
                "from,to,kind,strength,confidence",
                "Li Wei,p-ceo,TRUST,2,",             // 2: self tie, by name and externalId
                "p-eng,p-eng,TRUST,2,",              // 3: self tie
                "p-eng,Nobody,TRUST,2,",             // 4: unknown person
                "Twin,p-ceo,TRUST,2,",               // 5: ambiguous
                "p-eng,p-ceo,TRUST,4,1.5",           // 6: strength, confidence
                "p-eng,p-ceo,GOSSIP,high,",          // 7: kind, strength
                "p-adv,p-cto,FRIEND,1,",             // 8: fine
                "p-adv,p-cto,friend,2,",             // 9: same tie as line 8
                ",p-cto,FRIEND,1,",                  // 10: from missing
                "");
        Map<String, String> p = problems(csv("ties", file));
        assertEquals(List.of("line 2.to", "line 3.to", "line 4.to", "line 5.from", "line 6.strength", "line 6.confidence",
                "line 7.kind", "line 7.strength", "line 9", "line 10.from"), new ArrayList<>(p.keySet()), p.toString());
        assertTrue(p.get("line 5.from").contains("ambiguous: 2 people have this name"), p.toString());
        assertTrue(p.get("line 7.strength").contains("'high' is not a whole number"), p.toString());
        assertFalse(p.get("line 7.strength").contains("required"), "one problem per field: " + p);
        assertTrue(p.get("line 9").contains("line 8"), p.toString());
        assertEquals(before, nodesAndRels(), "nothing written");
    }

    // ------------------------------------------------------------------ the body

    @Test
    void headerProblemsNameTheColumn() {
        Map<String, String> p = problems(csv("people", "name,colour,title,Title\nx,red,a,b\n"));
        assertEquals(List.of("line 1.colour", "line 1.Title"), new ArrayList<>(p.keySet()), p.toString());
        assertTrue(p.get("line 1.colour").contains("unknown column 'colour'"), p.toString());
        assertEquals(List.of("line 1.name"), new ArrayList<>(problems(csv("people", "title\nx\n")).keySet()));
        assertEquals(List.of("line 1.strength"), new ArrayList<>(problems(csv("ties", "from,to\na,b\n")).keySet()));
    }

    @Test
    void malformedCsvAndNonUtf8AreRejectedWithTheLine() {
        long before = nodesAndRels();
        Map<String, String> p = problems(csv("people", "name,notes\nA,fine\nB,\"never closed\nC,x\n"));
        assertEquals(List.of("line 3"), new ArrayList<>(p.keySet()));
        assertTrue(p.get("line 3").contains("never closed"), p.toString());

        byte[] latin1 = "name\nJosé\nMüller\n".getBytes(StandardCharsets.ISO_8859_1);
        Http.Response r = http.send(request(base() + "/import/people", "text/csv", HttpRequest.BodyPublishers.ofByteArray(latin1)));
        assertEquals(List.of("line 2"), new ArrayList<>(problems(r).keySet()));
        assertEquals(before, nodesAndRels());
    }

    @Test
    void wrongMediaTypeIs415AndTooLargeIs413() {
        long before = nodesAndRels();
        String file = "name\nA\n";
        for (String type : List.of("application/json", "text/plain", "text/csv; charset=windows-1252")) {
            Http.Response r = http.send(request(base() + "/import/people", type, HttpRequest.BodyPublishers.ofString(file)));
            assertEquals(415, r.status(), type);
            assertTrue(r.contentType().startsWith("application/problem+json"));
        }
        Http.Response noType = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + base() + "/import/ties"))
                .POST(HttpRequest.BodyPublishers.ofString(file)));
        assertEquals(415, noType.status());

        String big = "name,notes\n" + ("Someone,\"" + "x".repeat(1000) + "\"\n").repeat(MAX_IMPORT / 1000 + 1);
        Http.Response declared = csv("people", big);
        assertEquals(413, declared.status(), declared.body());
        assertTrue(declared.contentType().startsWith("application/problem+json"));
        Http.Response chunked = http.send(request(base() + "/import/people", "text/csv",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(413, chunked.status(), "a body without Content-Length is limited too");
        assertEquals(before, nodesAndRels());

        assertEquals(404, http.send(request("/api/accounts/nope/import/people", "text/csv",
                HttpRequest.BodyPublishers.ofString(file))).status());
    }
}
