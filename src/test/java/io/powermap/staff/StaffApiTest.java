package io.powermap.staff;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.analysis.AccountGraph;
import io.powermap.analysis.AnalysisRepository;
import io.powermap.db.Queries;
import io.powermap.support.ApiTest;
import io.powermap.support.Fixtures;
import io.powermap.support.Http;
import io.powermap.support.TestNeo4j;
import io.powermap.support.Users;
import io.powermap.web.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.powermap.support.ResourceChecks.actions;
import static io.powermap.support.ResourceChecks.assertExportRoundTrips;
import static io.powermap.support.ResourceChecks.assertField;
import static io.powermap.support.ResourceChecks.assertStale;
import static io.powermap.support.ResourceChecks.assertStatus;
import static io.powermap.support.ResourceChecks.auditActions;
import static io.powermap.support.ResourceChecks.idOf;
import static io.powermap.support.ResourceChecks.nodesAndRels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our staff, account teams, KNOWS and OWNS through real HTTP. */
class StaffApiTest extends ApiTest {

    private String account;
    private String other;

    @BeforeEach
    void accounts() {
        TestNeo4j.clear();
        account = Fixtures.importSmall(http);
        other = Fixtures.importSmall(http);
    }

    private String base() {
        return "/api/accounts/" + account;
    }

    private String staff(String accountId, String externalId) {
        return idOf(http, "/api/accounts/" + accountId + "/staff", externalId);
    }

    private String person(String accountId, String externalId) {
        return Fixtures.personId(http, accountId, externalId);
    }

    private static Map<String, Object> body(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private String newStaff(String name, String email) {
        Http.Response r = http.post("/api/staff", body("name", name, "title", "Sales VP", "rank", "VP", "email", email));
        assertStatus(201, r);
        return r.json().get("id").asText();
    }

    @Test
    void staffAreGlobalVersionedAndAuditedInTheirOwnLog() {
        String anna = staff(account, "s-anna");
        JsonNode all = http.get("/api/staff").json();
        assertEquals(3, all.size(), "Anna is shared by email; Bo has no email, so each import made one");
        JsonNode annaRead = http.get("/api/staff/" + anna).json();
        assertEquals(2, annaRead.get("accounts").size());

        Http.Response created = http.post("/api/staff", body("name", "Chen Yu", "title", "CEO", "rank", "C_LEVEL",
                "email", "Chen.Yu@Vendor.example"));
        assertStatus(201, created);
        String id = created.json().get("id").asText();
        assertEquals("chen.yu@vendor.example", created.json().get("email").asText(), "stored lower-case like the import");
        assertEquals(1, created.json().get("version").asLong());
        assertEquals(0, created.json().get("accounts").size());

        Http.Response updated = http.put("/api/staff/" + id, body("name", "Chen Yu", "title", "Chief Executive",
                "rank", "C_LEVEL", "email", "chen.yu@vendor.example", "version", 1));
        assertStatus(200, updated);
        assertEquals("Chief Executive", updated.json().get("title").asText());
        assertEquals(2, updated.json().get("version").asLong());

        assertEquals(List.of("UPDATE", "CREATE"), actions(http.get("/api/staff/changes").json(), "Staff", id));
    }

    @Test
    void theDirectoryNamesOnlyTheAccountsTheCallerMaySee() {
        String anna = staff(account, "s-anna");
        JsonNode annaRead = http.get("/api/staff/" + anna).json();
        assertStatus(200, http.put("/api/staff/" + anna, body("name", annaRead.get("name").asText(),
                "title", "Regional Director", "rank", annaRead.get("rank").asText(),
                "email", annaRead.get("email").asText(), "version", annaRead.get("version").asLong())));
        Users.User nobody = Users.create(http, app.port(), "nobody");
        Users.User viewer = Users.create(http, app.port(), "viewer");
        Users.grant(http, account, viewer, "VIEWER");

        Http.Response list = nobody.http().get("/api/staff");
        assertStatus(200, list);
        assertEquals(http.get("/api/staff").json().size(), list.json().size(), "the directory itself is shared");
        list.json().forEach(s -> assertEquals(0, s.get("accounts").size(), s.toString()));
        Http.Response one = nobody.http().get("/api/staff/" + anna);
        assertStatus(200, one);
        assertEquals(0, one.json().get("accounts").size(), one.body());
        String staffChanges = nobody.http().get("/api/staff/changes").body();
        for (String body : List.of(list.body(), one.body(), staffChanges)) {
            assertTrue(!body.contains(account) && !body.contains(other), "no account id for a non-member: " + body);
        }

        JsonNode seen = viewer.http().get("/api/staff/" + anna).json().get("accounts");
        assertEquals(1, seen.size(), seen.toString());
        assertEquals(account, seen.get(0).get("id").asText());
        viewer.http().get("/api/staff").json().forEach(s -> s.get("accounts").forEach(a ->
                assertEquals(account, a.get("id").asText(), s.toString())));
        for (String path : List.of("/api/staff", "/api/staff/changes", base() + "/changes?since=2000-01-01&size=500")) {
            String body = viewer.http().get(path).body();
            assertTrue(!body.contains(other), path + " names an account the viewer is not on: " + body);
        }
        assertEquals(2, http.get("/api/staff/" + anna).json().get("accounts").size(), "an ADMIN sees every account");
    }

    @Test
    void aDuplicateEmailIs409AndNothingIsWritten() {
        String chen = newStaff("Chen Yu", "chen.yu@vendor.example");
        long before = nodesAndRels();
        assertStatus(409, http.post("/api/staff", body("name", "Other Chen", "email", "CHEN.YU@vendor.example")));
        assertStatus(409, http.post("/api/staff", body("name", "Anna Again", "email", "anna.berg@vendor.example")));
        assertStatus(409, http.put("/api/staff/" + chen, body("name", "Chen Yu", "email", "anna.berg@vendor.example", "version", 1)));
        assertEquals(before, nodesAndRels());
    }

    @Test
    void staffStaleVersions400sAnd404s() {
        String chen = newStaff("Chen Yu", null);
        assertStatus(200, http.put("/api/staff/" + chen, body("name", "Chen Yu", "title", "CEO", "version", 1)));
        long before = nodesAndRels();
        assertStale(http.put("/api/staff/" + chen, body("name", "Chen", "version", 1)), 2);
        assertField(http.post("/api/staff", body("name", "")), "name");
        assertField(http.post("/api/staff", body("name", "X", "email", "not-an-email")), "email");
        assertField(http.post("/api/staff", body("name", "X", "rank", "GENERAL")), "rank");
        assertField(http.post("/api/staff", body("name", "X", "title", "t".repeat(201))), "title");
        assertField(http.put("/api/staff/" + chen, body("name", "Chen")), "version");
        assertStatus(404, http.get("/api/staff/" + java.util.UUID.randomUUID()));
        assertStatus(404, http.put("/api/staff/" + java.util.UUID.randomUUID(), body("name", "X", "version", 1)));
        assertEquals(before, nodesAndRels(), "nothing written");
    }

    @Test
    void joiningAndLeavingATeamIsAuditedAndGuarded() {
        String chen = newStaff("Chen Yu", "chen.yu@vendor.example");
        Http.Response joined = http.put(base() + "/team/" + chen, "");
        assertStatus(200, joined);
        assertEquals(account, joined.json().at("/accounts/0/id").asText());
        assertStatus(200, http.put(base() + "/team/" + chen, ""));
        assertEquals(List.of("CREATE"), auditActions(http, account, "TeamMember", chen), "joining twice is one change");
        assertTrue(http.get(base() + "/staff").body().contains(chen));

        assertStatus(200, http.put("/api/staff/" + chen, body("name", "Chen Yu", "title", "CEO", "email",
                "chen.yu@vendor.example", "version", 1)));
        assertEquals(List.of("UPDATE"), auditActions(http, account, "Staff", chen), "team accounts hear of staff changes");

        String anna = staff(account, "s-anna");
        long before = nodesAndRels();
        Http.Response busy = http.delete(base() + "/team/" + anna);
        assertStatus(409, busy);
        assertTrue(busy.json().get("detail").asText().contains("1 knows"), busy.body());
        assertEquals(before, nodesAndRels());

        assertStatus(204, http.delete(base() + "/team/" + chen));
        assertEquals(List.of("DELETE", "CREATE"), auditActions(http, account, "TeamMember", chen));
        assertStatus(404, http.delete(base() + "/team/" + chen));
        assertStatus(404, http.put(base() + "/team/" + java.util.UUID.randomUUID(), ""));
        assertStatus(404, http.put("/api/accounts/nope/team/" + chen, ""));
        assertExportRoundTrips(http, account);
    }

    @Test
    void aTeamMemberOnTwoAccountsBringsEachAnalysisAndEachTeamGuardOnlyItsOwnKnowsTies() {
        String chen = newStaff("Chen Yu", "chen.yu.two@vendor.example");
        assertStatus(200, http.put(base() + "/team/" + chen, ""));
        assertStatus(200, http.put("/api/accounts/" + other + "/team/" + chen, ""));
        String ceo = person(account, "p-ceo");
        String cto = person(account, "p-cto");
        String foreignCeo = person(other, "p-ceo");
        assertStatus(201, http.post(base() + "/knows", body("staffId", chen, "personId", ceo, "strength", 3)));
        assertStatus(201, http.post(base() + "/knows", body("staffId", chen, "personId", cto, "strength", 1)));
        assertStatus(201, http.post("/api/accounts/" + other + "/knows", body("staffId", chen, "personId", foreignCeo, "strength", 2)));

        AnalysisRepository repository = new AnalysisRepository(app.database(), Queries.load(), Json.newMapper());
        assertEquals(Stream.of(new AccountGraph.Known(ceo, 3), new AccountGraph.Known(cto, 1))
                        .sorted(Comparator.comparing(AccountGraph.Known::personId)).toList(),
                knowsOf(repository.load(account, null), chen));
        assertEquals(List.of(new AccountGraph.Known(foreignCeo, 2)), knowsOf(repository.load(other, null), chen));
        Http.Response busy = http.delete(base() + "/team/" + chen);
        assertStatus(409, busy);
        assertTrue(busy.json().get("detail").asText().contains("2 knows"), busy.body());
    }

    private static List<AccountGraph.Known> knowsOf(AccountGraph graph, String staffId) {
        return graph.staff().stream().filter(s -> s.id().equals(staffId)).findFirst().orElseThrow().knows();
    }

    @Test
    void knowsTiesAreValidatedVersionedAndAudited() {
        String anna = staff(account, "s-anna");
        String bo = staff(account, "s-bo");
        String otherBo = staff(other, "s-bo");
        String ceo = person(account, "p-ceo");
        String foreign = person(other, "p-ceo");

        Http.Response created = http.post(base() + "/knows", body("staffId", bo, "personId", ceo, "strength", 1,
                "lastContact", "2026-10-30"));
        assertStatus(201, created);
        assertEquals("Li Wei", created.json().get("personName").asText());
        assertEquals("2026-10-30", created.json().get("lastContact").asText());
        assertTrue(http.get(base() + "/knows").body().contains("\"strength\":1"));

        long before = nodesAndRels();
        assertStatus(409, http.post(base() + "/knows", body("staffId", bo, "personId", ceo, "strength", 2)));
        assertField(http.post(base() + "/knows", body("staffId", otherBo, "personId", ceo, "strength", 2)), "staffId");
        assertField(http.post(base() + "/knows", body("staffId", anna, "personId", foreign, "strength", 2)), "personId");
        assertField(http.post(base() + "/knows", body("staffId", anna, "personId", ceo, "strength", 4)), "strength");
        assertField(http.post(base() + "/knows", body("staffId", anna, "personId", ceo)), "strength");
        assertField(http.post(base() + "/knows", body("staffId", anna, "personId", ceo, "strength", 2, "lastContact", "yesterday")), "lastContact");
        assertField(http.put(base() + "/knows/" + bo + "/" + ceo, body("strength", 2)), "version");
        assertField(http.put(base() + "/knows/" + bo + "/" + ceo, body("personId", anna, "strength", 2, "version", 1)), "personId");
        assertEquals(before, nodesAndRels(), "nothing written");

        Http.Response updated = http.put(base() + "/knows/" + bo + "/" + ceo, body("strength", 3, "lastContact", "2026-11-02", "version", 1));
        assertStatus(200, updated);
        assertEquals(3, updated.json().get("strength").asInt());
        assertEquals(2, updated.json().get("version").asLong());
        assertStale(http.put(base() + "/knows/" + bo + "/" + ceo, body("strength", 1, "version", 1)), 2);
        assertStale(http.delete(base() + "/knows/" + bo + "/" + ceo + "?version=1"), 2);
        assertStatus(404, http.delete("/api/accounts/" + other + "/knows/" + bo + "/" + ceo + "?version=2"));
        assertStatus(404, http.put(base() + "/knows/" + anna + "/" + ceo, body("strength", 1, "version", 1)));
        assertExportRoundTrips(http, account);
        assertStatus(204, http.delete(base() + "/knows/" + bo + "/" + ceo + "?version=2"));
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"), auditActions(http, account, "Knows", bo + "/" + ceo));
    }

    @Test
    void ownersAreOneFirstPerTargetAndScopedToTheAccount() {
        String anna = staff(account, "s-anna");
        String bo = staff(account, "s-bo");
        String ceo = person(account, "p-ceo");
        String cto = person(account, "p-cto");
        String bid = idOf(http, base() + "/orgs", "o-bid");
        String foreignOrg = idOf(http, "/api/accounts/" + other + "/orgs", "o-bid");

        long before = nodesAndRels();
        Http.Response secondFirst = http.post(base() + "/owns", body("staffId", bo, "targetId", ceo, "priority", "FIRST"));
        assertStatus(409, secondFirst);
        assertTrue(secondFirst.json().get("detail").asText().contains("Anna Berg"), secondFirst.body());
        assertStatus(409, http.post(base() + "/owns", body("staffId", anna, "targetId", ceo, "priority", "SECOND")));
        assertStatus(409, http.post(base() + "/owns", body("staffId", bo, "targetId", account, "priority", "FIRST")));
        assertField(http.post(base() + "/owns", body("staffId", bo, "targetId", foreignOrg)), "targetId");
        assertField(http.post(base() + "/owns", body("staffId", bo, "targetId", other)), "targetId");
        assertField(http.post(base() + "/owns", body("staffId", java.util.UUID.randomUUID().toString(), "targetId", bid)), "staffId");
        assertField(http.post(base() + "/owns", body("staffId", bo, "targetId", bid, "priority", "THIRD")), "priority");
        assertField(http.post(base() + "/owns", body("staffId", bo)), "targetId");
        assertEquals(before, nodesAndRels(), "nothing written");

        assertStatus(201, http.post(base() + "/owns", body("staffId", bo, "targetId", ceo, "priority", "SECOND")));
        Http.Response org = http.post(base() + "/owns", body("staffId", bo, "targetId", bid));
        assertStatus(201, org);
        assertEquals("ORG", org.json().get("targetType").asText());
        assertEquals("FIRST", org.json().get("priority").asText());
        assertStatus(201, http.post(base() + "/owns", body("staffId", bo, "targetId", account, "priority", "SECOND")));
        assertStatus(201, http.post(base() + "/owns", body("staffId", anna, "targetId", cto, "priority", "FIRST")));
        JsonNode owns = http.get(base() + "/owns").json();
        assertEquals(8, owns.size(), owns.toString());
        assertEquals(List.of("SECOND", "FIRST"), List.of(
                http.get(base() + "/people/" + ceo).json().at("/owners/1/priority").asText(),
                http.get(base() + "/people/" + ceo).json().at("/owners/0/priority").asText()));
        assertExportRoundTrips(http, account);

        assertStatus(404, http.delete("/api/accounts/" + other + "/owns/" + bo + "/" + bid));
        assertStatus(204, http.delete(base() + "/owns/" + bo + "/" + bid));
        assertStatus(404, http.delete(base() + "/owns/" + bo + "/" + bid));
        assertEquals(List.of("DELETE", "CREATE"), auditActions(http, account, "Owns", bo + "/" + bid));
    }

    /**
     * An edit or delete of a KNOWS tie that waited for the tie's lock while another transaction deleted it answers
     * 404: the locked tie reads without its properties once that delete commits (it read as version 1 and passed or
     * failed the version check on that: a 409 against the tie's real version 2 here).
     */
    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE"})
    void aKnowsTieDeletedWhileAWriteWaitsForItIs404(String method) throws Exception {
        String anna = staff(account, "s-anna");
        String cto = person(account, "p-cto");
        String tie = base() + "/knows/" + anna + "/" + cto;
        assertStatus(200, http.put(tie, body("strength", 3, "version", 1)));
        Queries queries = Queries.load();
        CompletableFuture<Http.Response> write;
        try (Session session = TestNeo4j.driver().session(); Transaction held = session.beginTransaction()) {
            // As the app deletes a tie: its lock, then the delete.
            Map<String, Object> ends = Map.of("accountId", account, "staffId", anna, "personId", cto);
            assertEquals(1, held.run(queries.get("knows/lock"), ends).list().size());
            held.run(queries.get("knows/delete"), ends).consume();
            write = CompletableFuture.supplyAsync(() -> method.equals("PUT")
                    ? http.put(tie, body("strength", 1, "version", 2))
                    : http.delete(tie + "?version=2"));
            TestNeo4j.awaitBlockedTransaction();
            assertFalse(write.isDone(), "the write waits for the tie's lock");
            held.commit();
        }
        Http.Response r = write.get(60, TimeUnit.SECONDS);
        assertStatus(404, r);
        assertEquals(0, TestNeo4j.count("MATCH (:Staff {id: '" + anna + "'})-[k:KNOWS]->(:Person {id: '" + cto + "'}) RETURN count(k)"));
    }
}
