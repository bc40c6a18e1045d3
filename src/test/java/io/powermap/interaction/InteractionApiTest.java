package io.powermap.interaction;

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

/** Interactions and who attended them, through real HTTP. */
class InteractionApiTest extends ApiTest {

    private String account;
    private String other;

    @BeforeEach
    void accounts() {
        TestNeo4j.clear();
        account = Fixtures.importSmall(http);
        other = Fixtures.importSmall(http);
    }

    private String base() {
        return "/api/accounts/" + account + "/interactions";
    }

    private String staff(String accountId, String externalId) {
        return idOf(http, "/api/accounts/" + accountId + "/staff", externalId);
    }

    private static Map<String, Object> body(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void interactionsAreRecordedFilteredByPersonEditedDeletedAndAudited() {
        String eng = Fixtures.personId(http, account, "p-eng");
        String ceo = Fixtures.personId(http, account, "p-ceo");
        String bo = staff(account, "s-bo");
        Http.Response created = http.post(base(), body("date", "2026-11-03", "kind", "VISIT", "summary", "Lab visit",
                "personIds", List.of(eng), "staffIds", List.of(bo)));
        assertStatus(201, created);
        String id = created.json().get("id").asText();
        assertEquals("2026-11-03", created.json().get("date").asText());
        assertEquals("王建国", created.json().at("/people/0/name").asText());
        assertEquals("Bo Lind", created.json().at("/staff/0/name").asText());
        assertEquals("2026-11-03", http.get("/api/accounts/" + account + "/people/" + eng).json().get("lastContact").asText());

        assertEquals(2, http.get(base()).json().size());
        JsonNode forEng = http.get(base() + "?personId=" + eng).json();
        assertEquals(1, forEng.size());
        assertEquals(id, forEng.at("/0/id").asText());
        assertEquals("QBR", http.get(base() + "?personId=" + ceo).json().at("/0/summary").asText());

        Http.Response updated = http.put(base() + "/" + id, body("date", "2026-11-04", "kind", "VISIT", "summary",
                "Lab visit with the CEO", "personIds", List.of(eng, ceo), "staffIds", List.of(bo), "version", 1));
        assertStatus(200, updated);
        assertEquals(2, updated.json().get("personIds").size());
        assertEquals(2, updated.json().get("version").asLong());
        assertEquals(2, http.get(base() + "?personId=" + ceo).json().size());
        assertExportRoundTrips(http, account);

        assertStatus(204, http.delete(base() + "/" + id + "?version=2"));
        assertStatus(404, http.get(base() + "/" + id));
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"), auditActions(http, account, "Interaction", id));
    }

    @Test
    void eachKindOf400NamesTheFieldAndWritesNothing() {
        String eng = Fixtures.personId(http, account, "p-eng");
        String foreign = Fixtures.personId(http, other, "p-eng");
        String otherBo = staff(other, "s-bo");
        String i1 = idOf(http, base(), "i-1");
        long before = nodesAndRels();

        assertField(http.post(base(), body("kind", "CALL", "summary", "no date")), "date");
        assertField(http.post(base(), body("date", "2026-13-01")), "date");
        assertField(http.post(base(), body("date", "2026-11-01", "kind", "SMOKE_SIGNAL")), "kind");
        assertField(http.post(base(), body("date", "2026-11-01", "summary", "s".repeat(10_001))), "summary");
        assertField(http.post(base(), body("date", "2026-11-01", "personIds", List.of(eng, foreign))), "personIds[1]");
        assertField(http.post(base(), body("date", "2026-11-01", "personIds", List.of(eng, eng))), "personIds[1]");
        assertField(http.post(base(), body("date", "2026-11-01", "staffIds", List.of(otherBo))), "staffIds[0]");
        assertField(http.put(base() + "/" + i1, body("date", "2026-11-01")), "version");
        assertField(http.get(base() + "?personId=%3Cx%3E"), "personId");

        assertEquals(before, nodesAndRels(), "nothing written");
    }

    @Test
    void datesOutsideTheYears0001To9999AreRefusedAndTheTimelineSurvivesOnesStoredBefore() {
        long before = nodesAndRels();
        for (String date : List.of("+10000-01-01", "-0001-01-01", "0000-12-31", "+9999-01-01")) {
            assertField(http.post(base(), body("date", date, "kind", "CALL", "summary", "x")), "date");
        }
        String timeline = "/api/accounts/" + account + "/timeline";
        assertField(http.get(timeline + "?since=-0002-01-01"), "since");
        assertField(http.get(timeline + "?since=%2B10000-01-01T00:00:00Z"), "since");
        assertField(http.get("/api/accounts/" + account + "/changes?since=-0002-01-01"), "since");
        assertEquals(before, nodesAndRels(), "nothing written");
        assertStatus(201, http.post(base(), body("date", "9999-12-31", "kind", "CALL", "summary", "last day")));
        assertStatus(201, http.post(base(), body("date", "0001-01-01", "kind", "CALL", "summary", "first day")));

        // A date stored with a sign before the range was checked no longer takes the timeline down (was 500).
        TestNeo4j.driver().executableQuery("MATCH (i:Interaction {accountId: $a, summary: 'last day'}) SET i.date = date('+10000-01-01')")
                .withParameters(Map.of("a", account)).execute();
        Http.Response r = http.get(timeline + "?since=0001-01-01");
        assertStatus(200, r);
        assertEquals("+10000-01-01", r.json().at("/entries/0/at").asText(), r.body());
    }

    @Test
    void staleVersionsAndUnknownOrForeignIdsAreRefused() {
        String i1 = idOf(http, base(), "i-1");
        String foreign = idOf(http, "/api/accounts/" + other + "/interactions", "i-1");
        assertStatus(200, http.put(base() + "/" + i1, body("date", "2026-09-14", "kind", "MEETING", "summary", "QBR Q3", "version", 1)));
        long before = nodesAndRels();
        assertStale(http.put(base() + "/" + i1, body("date", "2026-09-14", "version", 1)), 2);
        assertStale(http.delete(base() + "/" + i1 + "?version=1"), 2);
        assertStatus(404, http.get(base() + "/" + foreign));
        assertStatus(404, http.put(base() + "/" + foreign, body("date", "2026-09-14", "version", 1)));
        assertStatus(404, http.delete(base() + "/" + foreign + "?version=1"));
        assertStatus(404, http.delete(base() + "/" + java.util.UUID.randomUUID() + "?version=1"));
        assertStatus(404, http.get("/api/accounts/nope/interactions"));
        assertEquals(0, http.get(base() + "?personId=" + Fixtures.personId(http, other, "p-ceo")).json().size(),
                "another account's person filters to nothing");
        assertEquals(before, nodesAndRels());
    }
}
