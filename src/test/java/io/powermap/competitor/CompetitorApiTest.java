package io.powermap.competitor;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.support.ApiTest;
import io.powermap.support.Fixtures;
import io.powermap.support.Http;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

/** Competitors and people's alignment with them, through real HTTP. */
class CompetitorApiTest extends ApiTest {

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

    private String competitor(String accountId) {
        return idOf(http, "/api/accounts/" + accountId + "/competitors", "c-1");
    }

    @Test
    void competitorsAreCreatedRenamedDeletedAndAudited() {
        JsonNode list = http.get(base() + "/competitors").json();
        assertEquals(1, list.size());
        assertEquals("Pieter de Vries", list.at("/0/aligned/0/personName").asText());

        Http.Response created = http.post(base() + "/competitors", Map.of("name", "Skyline Telecom"));
        assertStatus(201, created);
        String id = created.json().get("id").asText();
        assertEquals(1, created.json().get("version").asLong());
        Http.Response renamed = http.put(base() + "/competitors/" + id, Map.of("name", "Skyline Networks", "version", 1));
        assertStatus(200, renamed);
        assertEquals("Skyline Networks", renamed.json().get("name").asText());
        assertExportRoundTrips(http, account);
        assertStatus(204, http.delete(base() + "/competitors/" + id + "?version=2"));
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"), auditActions(http, account, "Competitor", id));

        String c1 = competitor(account);
        assertStatus(204, http.delete(base() + "/competitors/" + c1 + "?version=1"));
        assertEquals(0, TestNeo4j.count("MATCH (p:Person {accountId: '" + account + "'})-[a:ALIGNED_WITH]->() RETURN count(a)"),
                "alignments go with the competitor");
        assertEquals(1, TestNeo4j.count("MATCH (p:Person {accountId: '" + other + "'})-[a:ALIGNED_WITH]->() RETURN count(a)"));
    }

    @Test
    void competitorStaleVersions400sAnd404s() {
        String c1 = competitor(account);
        assertStatus(200, http.put(base() + "/competitors/" + c1, Map.of("name", "Nordwave", "version", 1)));
        long before = nodesAndRels();
        assertStale(http.put(base() + "/competitors/" + c1, Map.of("name", "Nordwave Networks", "version", 1)), 2);
        assertStale(http.delete(base() + "/competitors/" + c1 + "?version=1"), 2);
        assertField(http.post(base() + "/competitors", Map.of("name", " ")), "name");
        assertField(http.post(base() + "/competitors", Map.of("name", "X", "country", "NO")), "country");
        assertField(http.put(base() + "/competitors/" + c1, Map.of("name", "X")), "version");
        String foreign = competitor(other);
        assertStatus(404, http.get(base() + "/competitors/" + foreign));
        assertStatus(404, http.put(base() + "/competitors/" + foreign, Map.of("name", "X", "version", 1)));
        assertStatus(404, http.delete(base() + "/competitors/" + foreign + "?version=1"));
        assertStatus(404, http.get(base() + "/competitors/" + java.util.UUID.randomUUID()));
        assertEquals(before, nodesAndRels(), "nothing written");
    }

    @Test
    void alignmentsAreCreatedUpdatedVersionedAndDeleted() {
        String c1 = competitor(account);
        String cto = Fixtures.personId(http, account, "p-cto");
        String adv = Fixtures.personId(http, account, "p-adv");
        String path = base() + "/people/" + cto + "/alignments/" + c1;

        Http.Response created = http.put(path, Map.of("strength", 1));
        assertStatus(201, created);
        assertEquals("Nordwave Networks", created.json().get("competitorName").asText());
        assertEquals("Nordwave Networks", http.get(base() + "/people/" + cto).json().at("/competitors/0/name").asText());

        Http.Response updated = http.put(path, Map.of("strength", 3, "version", 1));
        assertStatus(200, updated);
        assertEquals(3, updated.json().get("strength").asInt());
        assertEquals(2, updated.json().get("version").asLong());
        long before = nodesAndRels();
        assertStale(http.put(path, Map.of("strength", 2, "version", 1)), 2);
        assertStale(http.put(path, Map.of("strength", 2)), 2);
        assertStale(http.delete(path + "?version=1"), 2);
        assertField(http.put(path, Map.of("strength", 0, "version", 2)), "strength");
        assertField(http.put(path, Map.of("version", 2)), "strength");
        assertField(http.delete(path), "version");
        assertEquals(before, nodesAndRels(), "nothing written");

        String foreignPerson = Fixtures.personId(http, other, "p-cto");
        String foreignCompetitor = competitor(other);
        assertStatus(404, http.put(base() + "/people/" + foreignPerson + "/alignments/" + c1, Map.of("strength", 1)));
        assertStatus(404, http.put(base() + "/people/" + cto + "/alignments/" + foreignCompetitor, Map.of("strength", 1)));
        assertStatus(404, http.delete(base() + "/people/" + adv + "/alignments/" + foreignCompetitor + "?version=1"));
        assertStatus(404, http.delete(base() + "/people/" + cto + "/alignments/" + java.util.UUID.randomUUID() + "?version=1"));
        assertEquals(before, nodesAndRels(), "nothing written");

        assertExportRoundTrips(http, account);
        assertStatus(204, http.delete(path + "?version=2"));
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"), auditActions(http, account, "Alignment", cto + "/" + c1));
    }
}
