package io.powermap.opportunity;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.support.ApiTest;
import io.powermap.support.Fixtures;
import io.powermap.support.Http;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.powermap.support.ResourceChecks.assertExportRoundTrips;
import static io.powermap.support.ResourceChecks.assertField;
import static io.powermap.support.ResourceChecks.assertStale;
import static io.powermap.support.ResourceChecks.assertStatus;
import static io.powermap.support.ResourceChecks.auditActions;
import static io.powermap.support.ResourceChecks.idOf;
import static io.powermap.support.ResourceChecks.nodesAndRels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opportunities and their per-deal decision chain, through real HTTP. */
class OpportunityApiTest extends ApiTest {

    private String account;
    private String other;

    @BeforeEach
    void accounts() {
        TestNeo4j.clear();
        account = Fixtures.importSmall(http);
        other = Fixtures.importSmall(http);
    }

    private String base() {
        return "/api/accounts/" + account + "/opportunities";
    }

    private String opp(String accountId) {
        return idOf(http, "/api/accounts/" + accountId + "/opportunities", "opp");
    }

    private static Map<String, Object> body(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> role(String personId, String decisionRole, boolean hidden) {
        return body("personId", personId, "decisionRole", decisionRole, "hidden", hidden);
    }

    @Test
    void opportunitiesAreCreatedUpdatedDeletedAndAudited() {
        JsonNode opp = http.get(base() + "/" + opp(account)).json();
        assertEquals("RAN swap", opp.get("name").asText());
        assertEquals(2, opp.get("roles").size());
        assertTrue(opp.at("/roles/1/hidden").asBoolean());
        assertEquals("2027-03-31", opp.get("closeDate").asText());

        Http.Response created = http.post(base(), body("name", "Core refresh", "stage", "QUALIFIED", "value", 1200000,
                "currency", "EUR", "closeDate", "2027-06-30"));
        assertStatus(201, created);
        String id = created.json().get("id").asText();
        assertEquals(1, TestNeo4j.count("MATCH (:Opportunity {id: '" + id + "'})-[r:FOR_ACCOUNT]->(:Account {id: '" + account + "'}) RETURN count(r)"));
        assertEquals(0, created.json().get("roles").size());

        Http.Response updated = http.put(base() + "/" + id, body("name", "Core refresh", "stage", "NEGOTIATION",
                "value", 1100000, "currency", "EUR", "closeDate", "2027-05-31", "version", 1));
        assertStatus(200, updated);
        assertEquals("NEGOTIATION", updated.json().get("stage").asText());
        assertEquals(2, updated.json().get("version").asLong());
        assertEquals(2, http.get(base()).json().size());
        assertExportRoundTrips(http, account);

        assertStatus(204, http.delete(base() + "/" + id + "?version=2"));
        assertStatus(404, http.get(base() + "/" + id));
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"), auditActions(http, account, "Opportunity", id));
    }

    @Test
    void theDecisionChainIsReplacedInOrderAndVersioned() {
        String id = opp(account);
        String ceo = Fixtures.personId(http, account, "p-ceo");
        String cto = Fixtures.personId(http, account, "p-cto");
        String eng = Fixtures.personId(http, account, "p-eng");
        Http.Response r = http.put(base() + "/" + id + "/roles", body("roles", List.of(
                role(cto, "DECISION_MAKER", false), role(eng, "EVALUATOR", true), role(ceo, "APPROVER", false)), "version", 1));
        assertStatus(200, r);
        assertEquals(2, r.json().get("version").asLong());
        assertEquals(List.of(cto, eng, ceo), List.of(r.json().at("/roles/0/personId").asText(),
                r.json().at("/roles/1/personId").asText(), r.json().at("/roles/2/personId").asText()));
        assertTrue(r.json().at("/roles/1/hidden").asBoolean());
        assertExportRoundTrips(http, account);

        long before = nodesAndRels();
        assertStale(http.put(base() + "/" + id + "/roles", body("roles", List.of(), "version", 1)), 2);
        assertEquals(3, http.get(base() + "/" + id).json().get("roles").size());
        assertEquals(before, nodesAndRels());

        Http.Response cleared = http.put(base() + "/" + id + "/roles", body("roles", List.of(), "version", 2));
        assertStatus(200, cleared);
        assertEquals(0, cleared.json().get("roles").size());
        assertEquals(List.of("UPDATE", "UPDATE"), auditActions(http, account, "Opportunity", id));
    }

    @Test
    void eachKindOf400NamesTheFieldAndWritesNothing() {
        String id = opp(account);
        String ceo = Fixtures.personId(http, account, "p-ceo");
        String foreign = Fixtures.personId(http, other, "p-cto");
        long before = nodesAndRels();

        assertField(http.post(base(), body("name", "")), "name");
        assertField(http.post(base(), body("name", "X", "value", -1)), "value");
        assertField(http.post(base(), body("name", "X", "stage", "MAYBE")), "stage");
        assertField(http.post(base(), body("name", "X", "currency", "EURO")), "currency");
        assertField(http.post(base(), body("name", "X", "closeDate", "31/03/2027")), "closeDate");
        assertField(http.put(base() + "/" + id, body("name", "X")), "version");
        assertField(http.put(base() + "/" + id + "/roles", body("roles", List.of(
                role(ceo, "APPROVER", false), role(ceo, "USER", false)), "version", 1)), "roles[1].personId");
        assertField(http.put(base() + "/" + id + "/roles", body("roles", List.of(
                role(ceo, "APPROVER", false), role(foreign, "USER", false)), "version", 1)), "roles[1].personId");
        assertField(http.put(base() + "/" + id + "/roles", body("roles", List.of(
                role("no-such-person", "APPROVER", false)), "version", 1)), "roles[0].personId");
        assertField(http.put(base() + "/" + id + "/roles", body("roles", List.of(
                body("personId", ceo, "decisionRole", "BOSS")), "version", 1)), "roles[0].decisionRole");
        assertField(http.put(base() + "/" + id + "/roles", body("roles", List.of(body("personId", ceo)), "version", 1)),
                "roles[0].decisionRole");
        assertField(http.put(base() + "/" + id + "/roles", body("roles", List.of())), "version");

        assertEquals(before, nodesAndRels(), "nothing written");
    }

    @Test
    void staleVersionsAndUnknownOrForeignIdsAreRefused() {
        String id = opp(account);
        String foreign = opp(other);
        assertStatus(200, http.put(base() + "/" + id, body("name", "RAN swap 2", "stage", "PROPOSAL", "version", 1)));
        long before = nodesAndRels();
        assertStale(http.put(base() + "/" + id, body("name", "RAN swap 3", "version", 1)), 2);
        assertStale(http.delete(base() + "/" + id + "?version=1"), 2);
        assertStatus(404, http.get(base() + "/" + foreign));
        assertStatus(404, http.put(base() + "/" + foreign, body("name", "X", "version", 1)));
        assertStatus(404, http.put(base() + "/" + foreign + "/roles", body("roles", List.of(), "version", 1)));
        assertStatus(404, http.delete(base() + "/" + foreign + "?version=1"));
        assertStatus(404, http.get(base() + "/" + java.util.UUID.randomUUID()));
        assertStatus(404, http.get("/api/accounts/nope/opportunities"));
        assertEquals(before, nodesAndRels());
    }
}
