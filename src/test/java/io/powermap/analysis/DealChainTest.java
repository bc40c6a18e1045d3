package io.powermap.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.support.ApiTest;
import io.powermap.support.Fixtures;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With an opportunity, the decision chain is that deal's roles alone (the small fixture: the account's chain
 * of record is the CEO, the CTO and the chief engineer; the deal's is the CEO and the advisor).
 */
class DealChainTest extends ApiTest {

    private String account;
    private String deal;
    private String base;

    @BeforeEach
    void importSmall() {
        TestNeo4j.clear();
        account = Fixtures.importSmall(http);
        base = "/api/accounts/" + account;
        deal = http.get(base).json().get("opportunityList").get(0).get("id").asText();
    }

    @Test
    void aDealsAnalysisCountsOnlyThatDealsRolesNotTheAccountsChainOfRecord() {
        JsonNode accountLevel = analysis("");
        assertEquals(Set.of("p-ceo", "p-cto", "p-eng"), members(accountLevel));
        // The engineer talks to the CTO, a decision-maker of record: a direct tie, access 1 × 2/3.
        assertEquals(List.of("p-eng"), externals(accountLevel.get("coaches")));
        assertEquals(2 / 3.0, accountLevel.at("/coaches/0/access").asDouble(), 1e-12);

        JsonNode forDeal = analysis("?opportunityId=" + deal);
        assertEquals(Set.of("p-ceo", "p-adv"), members(forDeal));
        // The CTO decides nothing in this deal: the engineer reaches its approver in two steps, through her
        // reporting line to the CEO (0.5 × 1).
        assertEquals(List.of("p-eng"), externals(forDeal.get("coaches")));
        assertEquals(0.5, forDeal.at("/coaches/0/access").asDouble(), 1e-12);
        for (JsonNode p : forDeal.get("people")) {
            if (ext(p.get("id").asText()).equals("p-cto")) {
                assertTrue(p.get("decisionRole").isNull(), p.toString());
            }
        }
        // A deal of another account (or none) is refused by the map as by the analysis.
        String otherDeal = http.get("/api/accounts/" + Fixtures.importSmall(http)).json().at("/opportunityList/0/id").asText();
        for (String bad : List.of(otherDeal, "no-such-deal")) {
            for (String what : List.of("/graph", "/analysis")) {
                var r = http.get(base + what + "?opportunityId=" + bad);
                assertEquals(400, r.status(), what + " " + r.body());
                assertEquals("opportunityId", r.json().at("/errors/0/field").asText(), r.body());
            }
        }
        // The map of the deal shows the same roles.
        for (JsonNode n : http.get(base + "/graph?opportunityId=" + deal).json().at("/elements/nodes")) {
            String role = n.at("/data/decisionRole").isNull() ? null : n.at("/data/decisionRole").asText();
            switch (n.at("/data/externalId").asText()) {
                case "p-ceo" -> assertEquals("APPROVER", role);
                case "p-adv" -> assertEquals("INFLUENCER", role);
                default -> assertEquals(null, role, n.toString());
            }
        }
    }

    @Test
    void aDealWithNoRolesSaysItHasNoDecisionChainRatherThanNoCoach() {
        long version = http.get(base + "/opportunities/" + deal).json().get("version").asLong();
        assertEquals(200, http.put(base + "/opportunities/" + deal + "/roles", Map.of("roles", List.of(), "version", version)).status());
        JsonNode forDeal = analysis("?opportunityId=" + deal);
        assertEquals(Set.of(), members(forDeal));
        assertEquals(List.of("NO_DECISION_CHAIN"), flags(forDeal));
        assertFalse(forDeal.get("seeded").asBoolean());
        assertTrue(analysis("").at("/coverage/redFlags").findValuesAsText("code").stream().noneMatch("NO_DECISION_CHAIN"::equals));
    }

    @Test
    void aContactDatedAfterTodayIsNotALastContactYet() {
        String bo = null;
        for (JsonNode s : http.get(base + "/staff").json()) {
            bo = s.get("externalId").asText().equals("s-bo") ? s.get("id").asText() : bo;
        }
        String ceo = Fixtures.personId(http, account, "p-ceo");
        String future = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
        assertEquals(201, http.post(base + "/knows", Map.of("staffId", bo, "personId", ceo, "strength", 1, "lastContact", future)).status());
        JsonNode member = member(analysis(""), "p-ceo");
        assertEquals("2026-09-14", member.get("lastContact").asText(), "the QBR, not the meeting ahead");
        assertEquals(LocalDate.parse("2026-09-14").until(LocalDate.now(ZoneOffset.UTC), java.time.temporal.ChronoUnit.DAYS),
                member.get("daysSinceContact").asLong());
        // The map's card says the same.
        for (JsonNode n : http.get(base + "/graph").json().at("/elements/nodes")) {
            if (n.at("/data/id").asText().equals(ceo)) {
                assertEquals("2026-09-14", n.at("/data/lastContact").asText());
            }
        }
    }

    @Test
    void whereRanksAreLevelAHiddenDeciderIsNotSaidToHaveLittleFormalPower() {
        Map<String, Object> doc = Map.of("format", "powermap/1", "account", Map.of("id", "level", "name", "Level ranks"),
                "people", List.of(
                        Map.of("id", "a1", "name", "Ada One", "rank", "DIRECTOR", "decisionRole", "DECISION_MAKER"),
                        Map.of("id", "b2", "name", "Bo Two", "rank", "DIRECTOR")));
        var imported = http.post("/api/import", doc);
        assertEquals(201, imported.status(), imported.body());
        JsonNode a = http.get("/api/accounts/" + imported.json().get("accountId").asText() + "/analysis").json();
        JsonNode hidden = a.at("/hidden/0");
        assertEquals("Ada One", hidden.get("name").asText());
        assertEquals(0.5, hidden.get("formalPowerPercentile").asDouble(), 1e-12, "two directors: level");
        assertEquals(List.of("reason.hidden.aboveRank", "reason.hidden.percentiles"), hidden.get("why").findValuesAsText("key"));
        assertTrue(hidden.get("reason").asText().startsWith("Ada One sways the decision more than their formal position (Director) suggests"),
                hidden.get("reason").asText());
    }

    private JsonNode analysis(String query) {
        var r = http.get(base + "/analysis" + query);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private String ext(String id) {
        for (JsonNode p : http.get(base + "/people").json()) {
            if (p.get("id").asText().equals(id)) {
                return p.get("externalId").asText();
            }
        }
        throw new AssertionError(id);
    }

    private Set<String> members(JsonNode analysis) {
        Set<String> out = new TreeSet<>();
        analysis.at("/coverage/members").forEach(m -> out.add(ext(m.get("personId").asText())));
        return out;
    }

    private JsonNode member(JsonNode analysis, String external) {
        for (JsonNode m : analysis.at("/coverage/members")) {
            if (ext(m.get("personId").asText()).equals(external)) {
                return m;
            }
        }
        throw new AssertionError(external + " is not in the chain");
    }

    private List<String> externals(JsonNode list) {
        return java.util.stream.StreamSupport.stream(list.spliterator(), false).map(c -> ext(c.get("personId").asText())).toList();
    }

    private static List<String> flags(JsonNode analysis) {
        return analysis.at("/coverage/redFlags").findValuesAsText("code");
    }
}
