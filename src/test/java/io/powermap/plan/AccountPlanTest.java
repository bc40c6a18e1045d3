package io.powermap.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.App;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Account plan targets with computed progress, the timeline and stale relationships, on the demo account. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountPlanTest {

    private App app;
    private Http http;
    private String base;
    private String opportunity;
    private final Map<String, String> person = new HashMap<>();
    private final Map<String, String> external = new HashMap<>();
    private final String year = String.valueOf(LocalDate.now(ZoneOffset.UTC).getYear());

    @BeforeAll
    void start() {
        TestNeo4j.clear();
        app = TestApp.remote(true);
        http = new Http(app.port());
        base = "/api/accounts/" + app.seededDemo().orElseThrow();
        for (JsonNode p : http.get(base + "/people").json()) {
            person.put(p.get("externalId").asText(), p.get("id").asText());
            external.put(p.get("id").asText(), p.get("externalId").asText());
        }
        for (JsonNode o : http.get(base).json().get("opportunityList")) {
            if (o.get("name").asText().startsWith("5G RAN")) {
                opportunity = o.get("id").asText();
            }
        }
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private JsonNode create(Map<String, Object> body) {
        Http.Response r = http.post(base + "/targets", body);
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private long nodes() {
        return TestNeo4j.count("MATCH (n) RETURN count(n)") + TestNeo4j.count("MATCH ()-[r]->() RETURN count(r)");
    }

    @Test
    void progressIsComputedFromTheDataAndFollowsIt() {
        JsonNode chair = create(Map.of("period", year, "kind", "PERSON_STANCE", "personId", person.get("p-chair"), "stance", "SUPPORTIVE",
                "note", "Chairman to supportive by year end"));
        assertEquals("NEUTRAL", chair.at("/progress/current").asText());
        assertFalse(chair.at("/progress/met").asBoolean());
        assertEquals(1.0 / 3.0, chair.at("/progress/ratio").asDouble(), 1e-9);
        assertEquals("OPEN", chair.at("/progress/status").asText());
        assertEquals(year + "-12-31", chair.at("/progress/periodEnd").asText());

        JsonNode coaches = create(Map.of("period", year + "-Q4", "kind", "COACH_COUNT", "minimum", 2, "opportunityId", opportunity));
        assertTrue(coaches.at("/progress/met").asBoolean(), coaches.toString());
        assertTrue(coaches.at("/progress/current").asInt() >= 3);

        JsonNode owners = create(Map.of("period", year, "kind", "FIRST_OWNER", "opportunityId", opportunity));
        assertFalse(owners.at("/progress/met").asBoolean());
        assertEquals(List.of("Henrik Aalto"), strings(owners.at("/progress/missing")), "the CFO has no first owner");

        JsonNode contact = create(Map.of("period", year, "kind", "RECENT_CONTACT", "minimum", 90));
        assertEquals(List.of("Mehmet Yilmaz"), strings(contact.at("/progress/missing")));

        // The chairman warms up: progress follows, nothing typed in.
        long v = http.get(base + "/people/" + person.get("p-chair")).json().get("version").asLong();
        assertEquals(200, http.post(base + "/people/" + person.get("p-chair") + "/stance", Map.of("stance", "SUPPORTIVE", "version", v)).status());
        JsonNode after = http.get(base + "/targets/" + chair.at("/target/id").asText()).json();
        assertTrue(after.at("/progress/met").asBoolean(), after.toString());
        assertEquals("MET", after.at("/progress/status").asText());

        JsonNode list = http.get(base + "/targets").json();
        assertEquals(4, list.size());
        // A quarter that ended unmet is MISSED.
        JsonNode past = create(Map.of("period", "2020-Q1", "kind", "FIRST_OWNER"));
        assertEquals("MISSED", past.at("/progress/status").asText());
        assertEquals("2020-03-31", past.at("/progress/periodEnd").asText());

        // Update and delete, versioned and audited.
        String id = past.at("/target/id").asText();
        Map<String, Object> edit = new LinkedHashMap<>(Map.of("period", "2020-Q2", "kind", "FIRST_OWNER", "version", 1));
        Http.Response updated = http.put(base + "/targets/" + id, edit);
        assertEquals(200, updated.status(), updated.body());
        assertEquals("2020-06-30", updated.json().at("/progress/periodEnd").asText());
        assertEquals(409, http.put(base + "/targets/" + id, edit).status());
        assertEquals(409, http.delete(base + "/targets/" + id + "?version=1").status());
        assertEquals(204, http.delete(base + "/targets/" + id + "?version=2").status());
        assertEquals(404, http.get(base + "/targets/" + id).status());
        assertEquals(3, TestNeo4j.count("MATCH (c:Change {entityType: 'PlanTarget', entityId: '" + id + "'}) RETURN count(c)"));
    }

    @Test
    void badTargetsAre400sNamingTheFieldAndWriteNothing() {
        long before = nodes();
        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("period", Map.of("period", "2026-Q5", "kind", "FIRST_OWNER"));
        bad.put("kind", Map.of("period", year));
        bad.put("personId", Map.of("period", year, "kind", "PERSON_STANCE", "stance", "CHAMPION"));
        bad.put("stance", Map.of("period", year, "kind", "PERSON_STANCE", "personId", person.get("p-cfo")));
        bad.put("minimum", Map.of("period", year, "kind", "COACH_COUNT"));
        bad.put("minimum ", Map.of("period", year, "kind", "FIRST_OWNER", "minimum", 3));
        bad.put("personId ", Map.of("period", year, "kind", "PERSON_STANCE", "personId", "ghost", "stance", "FAVORABLE"));
        bad.put("opportunityId", Map.of("period", year, "kind", "COACH_COUNT", "minimum", 2, "opportunityId", "ghost"));
        bad.put("kind ", Map.of("period", year, "kind", "HAPPINESS"));
        for (var e : bad.entrySet()) {
            Http.Response r = http.post(base + "/targets", e.getValue());
            assertEquals(400, r.status(), e.getKey() + ": " + r.body());
            assertEquals(e.getKey().trim(), r.json().at("/errors/0/field").asText(), r.body());
        }
        assertEquals(404, http.post("/api/accounts/ghost/targets", Map.of("period", year, "kind", "FIRST_OWNER")).status());
        assertEquals(404, http.put(base + "/targets/ghost", Map.of("period", year, "kind", "FIRST_OWNER", "version", 1)).status());
        assertEquals(404, http.get("/api/accounts/ghost/targets").status());
        assertEquals(before, nodes(), "nothing written");
    }

    @Test
    void theTimelineMergesInteractionsAndChangesSinceOurLastVisit() {
        Http.Response byDefault = http.get(base + "/timeline");
        assertEquals(200, byDefault.status(), byDefault.body());
        assertEquals("lastVisit", byDefault.json().get("sinceSource").asText(), "the demo has VISIT interactions");
        String since = LocalDate.now(ZoneOffset.UTC).minusDays(400).toString();
        JsonNode all = http.get(base + "/timeline?since=" + since + "&limit=1000").json();
        Set<String> types = new TreeSet<>();
        List<String> ats = new ArrayList<>();
        all.get("entries").forEach(e -> {
            types.add(e.get("type").asText());
            ats.add(e.get("at").asText());
        });
        assertEquals(Set.of("CHANGE", "INTERACTION"), types, "both kinds, merged");
        long interactions = 0;
        for (JsonNode e : all.get("entries")) {
            interactions += e.get("type").asText().equals("INTERACTION") ? 1 : 0;
        }
        assertEquals(79, interactions, "every demo interaction of the last year");
        for (int i = 1; i < ats.size(); i++) {
            assertTrue(ats.get(i - 1).substring(0, 10).compareTo(ats.get(i).substring(0, 10)) >= 0, "newest first");
        }
        // A change made now is at the top of "what changed since my last visit".
        long v = http.get(base + "/people/" + person.get("p-proc-vp")).json().get("version").asLong();
        assertEquals(200, http.post(base + "/people/" + person.get("p-proc-vp") + "/stance", Map.of("stance", "FAVORABLE", "version", v, "note", "after the TCO review")).status());
        JsonNode top = http.get(base + "/timeline").json().at("/entries/0");
        assertEquals("CHANGE", top.get("type").asText());
        assertEquals(person.get("p-proc-vp"), top.get("entityId").asText());
        assertTrue(top.get("after").asText().contains("FAVORABLE"));

        assertEquals(400, http.get(base + "/timeline?since=yesterday").status());
        assertEquals("since", http.get(base + "/timeline?since=yesterday").json().at("/errors/0/field").asText());
        assertEquals(400, http.get(base + "/timeline?limit=0").status());
        assertEquals(404, http.get("/api/accounts/ghost/timeline").status());
    }

    @Test
    void staleRelationshipsAreDecisionChainMembersWithoutRecentContact() {
        JsonNode stale = http.get(base + "/stale?days=90").json();
        List<String> ids = new ArrayList<>();
        stale.get("members").forEach(m -> ids.add(external.get(m.get("personId").asText())));
        assertEquals(List.of("p-core-dir"), ids);
        assertTrue(stale.at("/members/0/daysSinceContact").asLong() > 90);
        JsonNode shorter = http.get(base + "/stale?days=30&opportunityId=" + opportunity).json();
        assertTrue(shorter.get("members").size() > 1, shorter.toString());
        long previous = Long.MAX_VALUE;
        for (JsonNode m : shorter.get("members")) {
            assertTrue(m.get("daysSinceContact").asLong() > 30);
            assertTrue(m.get("daysSinceContact").asLong() <= previous, "longest silence first");
            previous = m.get("daysSinceContact").asLong();
        }
        assertEquals(400, http.get(base + "/stale?days=0").status());
        assertEquals(400, http.get(base + "/stale?days=x").status());
        assertEquals(400, http.get(base + "/stale?opportunityId=ghost").status());
        assertEquals(404, http.get("/api/accounts/ghost/stale").status());
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(x -> out.add(x.asText()));
        return out;
    }
}
