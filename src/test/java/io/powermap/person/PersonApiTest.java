package io.powermap.person;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.powermap.support.ApiTest;
import io.powermap.support.Fixtures;
import io.powermap.support.Http;
import io.powermap.support.Race;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** People, their ties, stance changes, versions and the audit log, through real HTTP. */
class PersonApiTest extends ApiTest {

    private String account;
    private String other;

    @BeforeEach
    void accounts() {
        TestNeo4j.clear();
        account = Fixtures.importSmall(http);
        other = Fixtures.importSmall(http);
    }

    private String person(String externalId) {
        return Fixtures.personId(http, account, externalId);
    }

    private String base() {
        return "/api/accounts/" + account;
    }

    private ObjectNode editable(JsonNode person) {
        ObjectNode body = Http.JSON.createObjectNode();
        for (String f : List.of("name", "title", "rank", "orgIds", "reportsTo", "decisionRole", "stance", "risingStar",
                "onOrgChart", "needs", "criteria", "notes", "tags", "version")) {
            body.set(f, person.get(f));
        }
        ObjectNode roles = body.putObject("orgRoles");
        person.get("orgs").forEach(o -> {
            if (!o.get("title").isNull()) {
                roles.put(o.get("id").asText(), o.get("title").asText());
            }
        });
        return body;
    }

    private long nodesAndRels() {
        return TestNeo4j.count(TestNeo4j.DATA_NODES) * 1_000_000
                + TestNeo4j.count("MATCH ()-[r]->() RETURN count(r)");
    }

    @Test
    void detailCarriesOrgsOwnersStanceHistoryAndLastContact() {
        JsonNode cto = http.get(base() + "/people/" + person("p-cto")).json();
        assertEquals("Ольга Смирнова", cto.get("name").asText());
        assertEquals(2, cto.get("orgs").size());
        assertEquals("Chair", cto.at("/orgs/1/title").asText());
        assertEquals("Li Wei", cto.get("reportsToName").asText());
        assertEquals("2026-10-02", cto.get("lastContact").asText(), "KNOWS lastContact is newer than the QBR");
        JsonNode ceo = http.get(base() + "/people/" + person("p-ceo")).json();
        assertEquals(2, ceo.get("stanceHistory").size());
        assertEquals("Anna Berg", ceo.at("/owners/0/name").asText());
        assertEquals("FIRST", ceo.at("/owners/0/priority").asText());
    }

    @Test
    void createUpdateAndDeleteAreAudited() {
        String orgId = http.get(base() + "/graph").json().at("/orgs/0/id").asText();
        Http.Response created = http.post(base() + "/people", Map.of("name", "Mei Chen", "title", "Head of Energy",
                "rank", "DIRECTOR", "orgIds", List.of(orgId), "reportsTo", person("p-cto"), "stance", "FAVORABLE"));
        assertEquals(201, created.status(), created.body());
        String id = created.json().get("id").asText();
        assertEquals(1, created.json().get("version").asLong());
        assertEquals(1, created.json().get("stanceHistory").size(), "the initial stance is recorded");

        ObjectNode edit = editable(created.json());
        edit.put("title", "VP Energy").put("rank", "VP");
        Http.Response updated = http.put(base() + "/people/" + id, edit);
        assertEquals(200, updated.status(), updated.body());
        assertEquals("VP Energy", updated.json().get("title").asText());
        assertEquals(2, updated.json().get("version").asLong());

        assertEquals(204, http.delete(base() + "/people/" + id + "?version=2").status());
        assertEquals(404, http.get(base() + "/people/" + id).status());

        JsonNode changes = http.get(base() + "/changes?since=2000-01-01").json();
        List<String> actions = new java.util.ArrayList<>();
        changes.get("changes").forEach(c -> {
            if (id.equals(c.get("entityId").asText())) {
                actions.add(c.get("action").asText());
            }
        });
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"), actions, "newest first");
        JsonNode update = changes.get("changes").get(1);
        assertTrue(update.get("before").asText().contains("Head of Energy"), update.toString());
        assertTrue(update.get("after").asText().contains("VP Energy"), update.toString());
        assertEquals("admin", update.get("actor").asText(), "the signed-in user is recorded");
    }

    @Test
    void aStaleVersionIs409WithTheCurrentVersionAndNothingIsWritten() {
        String id = person("p-eng");
        JsonNode read = http.get(base() + "/people/" + id).json();
        ObjectNode first = editable(read).put("notes", "first browser");
        assertEquals(200, http.put(base() + "/people/" + id, first).status());
        long before = nodesAndRels();

        ObjectNode second = editable(read).put("notes", "second browser");
        Http.Response conflict = http.put(base() + "/people/" + id, second);

        assertEquals(409, conflict.status());
        assertTrue(conflict.contentType().startsWith("application/problem+json"));
        assertEquals(2, conflict.json().get("currentVersion").asLong());
        assertEquals("first browser", http.get(base() + "/people/" + id).json().get("notes").asText());
        assertEquals(before, nodesAndRels());

        Http.Response staleStance = http.post(base() + "/people/" + id + "/stance", Map.of("stance", "CHAMPION", "version", 1));
        assertEquals(409, staleStance.status());
        assertEquals(409, http.delete(base() + "/people/" + id + "?version=1").status());
    }

    @Test
    void aStanceChangeIsRecordedInTheHistory() {
        String id = person("p-cto");
        Http.Response r = http.post(base() + "/people/" + id + "/stance",
                Map.of("stance", "SUPPORTIVE", "note", "after the lab visit", "version", 1));
        assertEquals(200, r.status(), r.body());
        assertEquals("SUPPORTIVE", r.json().get("stance").asText());
        JsonNode last = r.json().get("stanceHistory").get(r.json().get("stanceHistory").size() - 1);
        assertEquals("SUPPORTIVE", last.get("stance").asText());
        assertEquals("after the lab visit", last.get("note").asText());
        assertEquals("admin", last.get("by").asText());
    }

    @Test
    void eachKindOf400NamesTheFieldAndWritesNothing() {
        String ceo = person("p-ceo");
        String eng = person("p-eng");
        JsonNode ceoRead = http.get(base() + "/people/" + ceo).json();
        String foreignOrg = http.get("/api/accounts/" + other + "/graph").json().at("/orgs/0/id").asText();
        long before = nodesAndRels();

        assertField(http.put(base() + "/people/" + ceo, editable(ceoRead).put("reportsTo", eng)), "reportsTo");
        assertField(http.put(base() + "/people/" + ceo, editable(ceoRead).put("reportsTo", ceo)), "reportsTo");
        assertField(http.put(base() + "/people/" + ceo, editable(ceoRead).put("stance", "HOSTILE")), "stance");
        assertField(http.put(base() + "/people/" + ceo, editable(ceoRead).put("name", "")), "name");
        assertField(http.put(base() + "/people/" + ceo, editable(ceoRead).put("title", "t".repeat(201))), "title");
        ObjectNode foreign = editable(ceoRead);
        foreign.putArray("orgIds").add(foreignOrg);
        assertField(http.put(base() + "/people/" + ceo, foreign), "orgIds[0]");
        assertField(http.post(base() + "/people/" + ceo + "/stance", Map.of("stance", "CHAMPION")), "version");
        assertField(http.post(base() + "/people", Map.of("name", "X", "rank", 3)), "rank");

        assertEquals(before, nodesAndRels(), "nothing written");
    }

    @Test
    void anOrgTwiceInOrgIdsIsRefusedAndWritesNothing() {
        String ceo = person("p-ceo");
        JsonNode ceoRead = http.get(base() + "/people/" + ceo).json();
        String org = ceoRead.at("/orgIds/0").asText();
        long before = nodesAndRels();

        Http.Response created = http.post(base() + "/people", Map.of("name", "Dup Org", "orgIds", List.of(org, org)));
        assertField(created, "orgIds[1]");
        assertTrue(created.json().at("/errors/0/message").asText().contains("appears twice"), created.body());
        ObjectNode twice = editable(ceoRead);
        twice.putArray("orgIds").add(org).add(org);
        assertField(http.put(base() + "/people/" + ceo, twice), "orgIds[1]");

        assertEquals(before, nodesAndRels(), "nothing written");
        assertEquals(1, http.get(base() + "/people/" + ceo).json().get("orgs").size());
    }

    @Test
    void unicodeNoncharactersAreRefusedInTextLikeNulAndWriteNothing() {
        String ceo = person("p-ceo");
        JsonNode ceoRead = http.get(base() + "/people/" + ceo).json();
        long before = nodesAndRels();

        // U+FFFE / U+FFFF are not XML characters: stored, they broke the PDF report and the GraphML export.
        assertField(http.post(base() + "/people", Map.of("name", "Ann\uFFFELee")), "name");
        assertField(http.post(base() + "/people", Map.of("name", "Ann", "title", "CTO\uFFFF")), "title");
        assertField(http.post(base() + "/people", Map.of("name", "Ann", "notes", "a\uFDD0b")), "notes");
        assertField(http.post(base() + "/people", Map.of("name", "Ann", "tags", List.of("ok", "x\uD83F\uDFFE"))), "tags[1]");
        assertField(http.put(base() + "/people/" + ceo, editable(ceoRead).put("name", "Li\uFFFEWei")), "name");
        // Sent as JSON escapes rather than raw UTF-8: the same.
        assertField(http.post(base() + "/people", "{\"name\":\"Ann\\ufffeLee\"}"), "name");
        assertField(http.post(base() + "/people", "{\"name\":\"Ann\\udbff\\udfffLee\"}"), "name");

        assertEquals(before, nodesAndRels(), "nothing written");
        // Characters next to them stay allowed: U+FFFD, U+FDCF, U+FDF0, U+1FFFD.
        Http.Response ok = http.post(base() + "/people", Map.of("name", "\uFFFD\uFDCF\uFDF0\uD83F\uDFFD"));
        assertEquals(201, ok.status(), ok.body());
    }

    @Test
    void tiesAreValidatedVersionedAndScopedToTheAccount() {
        String ceo = person("p-ceo");
        String eng = person("p-eng");
        String foreign = Fixtures.personId(http, other, "p-ceo");

        Http.Response created = http.post(base() + "/influences", Map.of("from", eng, "to", ceo, "kind", "ALUMNI",
                "strength", 2, "confidence", 0.7, "source", "university reunion"));
        assertEquals(201, created.status(), created.body());
        String tie = created.json().get("id").asText();
        assertEquals("王建国", created.json().get("fromName").asText());

        long before = nodesAndRels();
        assertField(http.post(base() + "/influences", Map.of("from", eng, "to", eng, "kind", "TRUST", "strength", 2)), "to");
        assertField(http.post(base() + "/influences", Map.of("from", eng, "to", ceo, "kind", "TRUST", "strength", 4)), "strength");
        assertField(http.post(base() + "/influences", Map.of("from", eng, "to", ceo, "kind", "TRUST", "strength", 1, "confidence", 1.5)), "confidence");
        assertField(http.post(base() + "/influences", Map.of("from", eng, "to", foreign, "kind", "TRUST", "strength", 2)), "to");
        assertField(http.post(base() + "/influences", Map.of("from", eng, "to", ceo, "kind", "GOSSIP", "strength", 2)), "kind");
        assertEquals(409, http.post(base() + "/influences", Map.of("from", eng, "to", ceo, "kind", "ALUMNI", "strength", 1)).status());
        assertEquals(before, nodesAndRels(), "nothing written");

        Http.Response updated = http.put(base() + "/influences/" + tie, Map.of("from", eng, "to", ceo, "kind", "ALUMNI",
                "strength", 3, "confidence", 0.9, "version", 1));
        assertEquals(200, updated.status(), updated.body());
        assertEquals(3, updated.json().get("strength").asInt());
        assertEquals(409, http.put(base() + "/influences/" + tie, Map.of("from", eng, "to", ceo, "kind", "ALUMNI",
                "strength", 1, "version", 1)).status());
        assertEquals(404, http.delete("/api/accounts/" + other + "/influences/" + tie + "?version=2").status(),
                "a tie is not reachable through another account");
        assertEquals(204, http.delete(base() + "/influences/" + tie + "?version=2").status());
    }

    private long ties(String from, String to, String kind) {
        return TestNeo4j.count("MATCH (:Person {id: '" + from + "'})-[t:INFLUENCES {kind: '" + kind + "'}]->(:Person {id: '"
                + to + "'}) RETURN count(t)");
    }

    @Test
    void parallelCreatesOfTheSameTieMakeOneTieAndTheRestAre409() {
        String[][] rounds = {{"p-eng", "p-ceo", "TRUST"}, {"p-ceo", "p-eng", "FRIEND"}, {"p-cto", "p-adv", "ADVICE"},
                {"p-adv", "p-eng", "POLITICAL"}, {"p-ceo", "p-cto", "OTHER"}};
        for (String[] round : rounds) {
            String from = person(round[0]);
            String to = person(round[1]);
            Map<String, Object> body = Map.of("from", from, "to", to, "kind", round[2], "strength", 2);
            List<Http.Response> answers = Race.times(6, () -> http.post(base() + "/influences", body));
            List<Integer> statuses = answers.stream().map(Http.Response::status).toList();
            assertEquals(1, Race.count(answers, 201), round[2] + ": " + statuses);
            assertEquals(5, Race.count(answers, 409), round[2] + ": " + statuses);
            assertEquals(1, ties(from, to, round[2]), "exactly one " + round[2] + " tie is stored");
            assertEquals(409, http.post(base() + "/influences", body).status(), "a later create is still a conflict");
        }
        Http.Response copy = http.post("/api/import", http.get(base() + "/export").json());
        assertEquals(201, copy.status(), "the account still exports and imports: " + copy.body());
    }

    @Test
    void parallelKindChangesOntoTheSameTieLetOneThrough() {
        String eng = person("p-eng");
        String ceo = person("p-ceo");
        List<String> kinds = List.of("ADVICE", "FAMILY", "FRIEND", "ALUMNI", "POLITICAL", "OWNERSHIP", "OTHER", "EX_COLLEAGUE");
        for (int round = 0; round < 3; round++) {
            String target = round % 2 == 0 ? "TRUST" : "OTHER";
            List<String> ids = new java.util.ArrayList<>();
            for (String kind : kinds) {
                if (!kind.equals(target) && ids.size() < 5) {
                    ids.add(http.post(base() + "/influences", Map.of("from", eng, "to", ceo, "kind", kind, "strength", 1))
                            .json().get("id").asText());
                }
            }
            List<java.util.function.Supplier<Http.Response>> racers = new java.util.ArrayList<>();
            ids.forEach(id -> racers.add(() -> http.put(base() + "/influences/" + id,
                    Map.of("from", eng, "to", ceo, "kind", target, "strength", 2, "version", 1))));
            racers.add(() -> http.post(base() + "/influences", Map.of("from", eng, "to", ceo, "kind", target, "strength", 2)));
            List<Http.Response> answers = Race.run(racers);
            List<Integer> statuses = answers.stream().map(Http.Response::status).toList();
            assertEquals(1, answers.stream().filter(r -> r.status() / 100 == 2).count(), statuses.toString());
            assertEquals(racers.size() - 1, Race.count(answers, 409), statuses.toString());
            assertEquals(1, ties(eng, ceo, target), "exactly one " + target + " tie is stored");
            TestNeo4j.driver().executableQuery("MATCH (:Person {id: $eng})-[t:INFLUENCES]->(:Person {id: $ceo}) DELETE t")
                    .withParameters(Map.of("eng", eng, "ceo", ceo)).execute();
        }
    }

    @Test
    void existingDuplicateTiesAreA409NotA500() {
        String eng = person("p-eng");
        String cto = person("p-cto");
        // Older data: two TRUST ties between the same people, as the create race used to leave.
        TestNeo4j.driver().executableQuery("MATCH (a:Person {id: $from})-[t:INFLUENCES {kind: 'TRUST'}]->(b:Person {id: $to}) "
                        + "CREATE (a)-[:INFLUENCES {id: randomUUID(), kind: 'TRUST', strength: 1, version: 1}]->(b)")
                .withParameters(Map.of("from", eng, "to", cto)).execute();
        assertEquals(2, ties(eng, cto, "TRUST"));
        Http.Response again = http.post(base() + "/influences", Map.of("from", eng, "to", cto, "kind", "TRUST", "strength", 2));
        assertEquals(409, again.status(), again.body());
        assertTrue(again.contentType().startsWith("application/problem+json"));
    }

    @Test
    void unknownIdsAndOtherAccountsPeopleAre404() {
        assertEquals(404, http.get(base() + "/people/" + java.util.UUID.randomUUID()).status());
        assertEquals(404, http.get("/api/accounts/" + other + "/people/" + person("p-ceo")).status());
        assertEquals(404, http.get("/api/accounts/nope/graph").status());
        assertEquals(404, http.get("/api/accounts/%3Cscript%3E/graph").status());
        Http.Response unknownRoute = http.get("/api/nothing-here");
        assertEquals(404, unknownRoute.status());
        assertTrue(unknownRoute.contentType().startsWith("application/problem+json"), unknownRoute.contentType());
    }

    @Test
    void searchFindsPrefixesInOneAccountOnlyAndEscapesOperators() {
        JsonNode hits = http.get(base() + "/search?q=ольг").json();
        assertEquals(1, hits.size(), hits.toString());
        assertEquals(person("p-cto"), hits.get(0).get("id").asText());
        JsonNode orgs = http.get(base() + "/search?q=bid").json();
        assertEquals("org", orgs.get(0).get("type").asText());
        assertEquals(200, http.get(base() + "/search?q=" + java.net.URLEncoder.encode("AND (\"[*", java.nio.charset.StandardCharsets.UTF_8)).status());
        assertField(http.get(base() + "/search"), "q");
    }

    @Test
    void searchSeesEveryCommittedWriteAtOnceThoughItsIndexIsEventuallyConsistent() {
        for (int i = 0; i < 20; i++) {
            String name = "Quillon Varga" + (char) ('a' + i);
            Http.Response created = http.post(base() + "/people", Map.of("name", name, "title", "Buyer"));
            assertEquals(201, created.status(), created.body());
            JsonNode hits = http.get(base() + "/search?q=" + name.substring(0, 13).replace(' ', '+')).json();
            assertEquals(List.of(name), hits.findValuesAsText("name"), "search right after creating person " + i);
            ObjectNode renamed = editable(created.json());
            renamed.put("name", "Zebulon Orr" + (char) ('a' + i));
            assertEquals(200, http.put(base() + "/people/" + created.json().get("id").asText(), renamed).status());
            assertEquals(i + 1, http.get(base() + "/search?q=Zebulon").json().size(), "after renaming " + i);
            assertEquals(0, http.get(base() + "/search?q=Quillon").json().size(), "the old name is gone at once");
        }
    }

    @Test
    void accountsAreVersionedAndDeletionNeedsTheName() {
        JsonNode a = http.get(base()).json();
        Map<String, Object> edit = Map.of("name", "Small Telco Group", "customerClass", "A", "orgLevel", "PARTNER", "version", a.get("version").asLong());
        assertEquals(200, http.put(base(), edit).status());
        assertEquals(409, http.put(base(), edit).status());
        assertField(http.delete(base()), "confirm");
        assertField(http.delete(base() + "?confirm=Small%20Telco"), "confirm");
        assertEquals(204, http.delete(base() + "?confirm=Small%20Telco%20Group").status());
        assertEquals(0, TestNeo4j.count("MATCH (p:Person {accountId: '" + account + "'}) RETURN count(p)"));
        assertEquals(4, TestNeo4j.count("MATCH (p:Person {accountId: '" + other + "'}) RETURN count(p)"), "the other account is untouched");
    }

    @Test
    void racingDeletesOfOneAccountDeleteItOnceAndAnswer404ToTheRest() {
        String name = http.get(base()).json().get("name").asText();
        String path = base() + "?confirm=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        List<java.util.function.Supplier<Http.Response>> racers = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            racers.add(() -> http.delete(path));
        }
        List<Http.Response> answers = Race.run(racers);
        List<Integer> statuses = answers.stream().map(Http.Response::status).toList();
        assertEquals(1, Race.count(answers, 204), statuses.toString());
        assertEquals(racers.size() - 1, Race.count(answers, 404), statuses + " " + answers.stream().map(Http.Response::body).toList());
        assertEquals(1, TestNeo4j.count("MATCH (e:Change {accountId: '" + account + "', action: 'DELETE', entityType: 'Account'}) RETURN count(e)"),
                "one deletion recorded");
    }

    private static void assertField(Http.Response r, String field) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        List<String> fields = new java.util.ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertTrue(fields.contains(field), field + " in " + fields + " " + r.body());
    }
}
