package io.powermap.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.App;
import io.powermap.i18n.ReasonText;
import io.powermap.support.Reasons;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analytics on the seeded demo account find what docs/DEMO.md says was planted. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoAnalysisTest {

    private App app;
    private Http http;
    private String account;
    private final Map<String, String> idByExternal = new HashMap<>();
    private final Map<String, String> externalById = new HashMap<>();

    @BeforeAll
    void start() {
        TestNeo4j.clear();
        app = TestApp.remote(true);
        http = new Http(app.port());
        account = app.seededDemo().orElseThrow();
        for (JsonNode p : http.get("/api/accounts/" + account + "/people").json()) {
            idByExternal.put(p.get("externalId").asText(), p.get("id").asText());
            externalById.put(p.get("id").asText(), p.get("externalId").asText());
        }
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private String opportunity() {
        for (JsonNode o : http.get("/api/accounts/" + account).json().get("opportunityList")) {
            if (o.get("name").asText().startsWith("5G RAN")) {
                return o.get("id").asText();
            }
        }
        throw new AssertionError("no 5G RAN opportunity");
    }

    private JsonNode analysis() {
        Http.Response r = http.get("/api/accounts/" + account + "/analysis?opportunityId=" + opportunity());
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private List<String> externals(JsonNode list, String idField) {
        List<String> ids = new ArrayList<>();
        list.forEach(x -> ids.add(externalById.get(x.get(idField).asText())));
        return ids;
    }

    /** Every community is named by its member with the highest PageRank and the first org most of its members share. */
    @Test
    void communitiesAreNamedByTheirHubAndTheirMostCommonOrg() {
        JsonNode analysis = http.get("/api/accounts/" + account + "/analysis").json();
        Map<Integer, List<JsonNode>> members = new HashMap<>();
        for (JsonNode p : analysis.get("people")) {
            members.computeIfAbsent(p.get("community").asInt(), c -> new ArrayList<>()).add(p);
        }
        // The map's first org of each person (memberships in position order).
        Map<String, String> firstOrg = new HashMap<>();
        Map<String, String> orgName = new HashMap<>();
        for (JsonNode node : http.get("/api/accounts/" + account + "/graph?view=all").json().get("elements").get("nodes")) {
            JsonNode d = node.get("data");
            if (d.hasNonNull("orgId")) {
                firstOrg.put(d.get("id").asText(), d.get("orgId").asText());
                orgName.put(d.get("orgId").asText(), d.get("orgName").asText());
            }
        }
        assertTrue(members.size() > 1, "the demo has several communities");
        assertEquals(members.keySet(), new TreeSet<>(analysis.get("communities").findValuesAsText("community").stream().map(Integer::valueOf).toList()));
        for (JsonNode c : analysis.get("communities")) {
            List<JsonNode> list = members.get(c.get("community").asInt());
            assertEquals(list.size(), c.get("size").asInt());
            JsonNode hub = list.stream().max((a, b) -> Double.compare(a.get("pagerank").asDouble(), b.get("pagerank").asDouble())).orElseThrow();
            assertEquals(hub.get("id").asText(), c.get("hubId").asText());
            assertEquals(hub.get("name").asText(), c.get("hubName").asText());
            Map<String, Integer> count = new HashMap<>();
            list.forEach(p -> {
                String org = firstOrg.get(p.get("id").asText());
                if (org != null) {
                    count.merge(org, 1, Integer::sum);
                }
            });
            int most = count.values().stream().max(Integer::compare).orElse(0);
            assertEquals(most, count.getOrDefault(c.get("orgId").asText(), -1), "the org of " + c);
            assertEquals(orgName.get(c.get("orgId").asText()), c.get("orgName").asText());
        }
    }

    @Test
    void plantedHiddenDecisionMakersRankInTheTopFiveWithEvidence() {
        JsonNode a = analysis();
        List<String> hidden = externals(a.get("hidden"), "personId");
        System.out.println("hidden: " + hidden);
        List<String> top5 = hidden.subList(0, Math.min(5, hidden.size()));
        for (String planted : List.of("p-relative", "p-classmate", "p-advisor")) {
            assertTrue(top5.contains(planted), planted + " in the top 5 hidden " + top5);
        }
        JsonNode relative = a.get("hidden").get(hidden.indexOf("p-relative"));
        // Strongest first: the CTO (advice and ex-colleague ties add up to 4.35), then the CEO (family, 2.85).
        List<String> reached = new ArrayList<>();
        relative.get("evidence").forEach(e -> reached.add(externalById.get(e.get("nodes").get(e.get("nodes").size() - 1).asText())));
        assertEquals(List.of("p-cto", "p-ceo"), reached.subList(0, 2), relative.toString());
        assertEquals("FAMILY", relative.at("/evidence/1/ties/0/kind").asText());
        assertTrue(relative.at("/evidence/1/ties/0/source").asText().contains("MWC 2026"));
        assertTrue(relative.get("reason").asText().startsWith("Farid Rahimov is not on the org chart"), relative.get("reason").asText());
    }

    @Test
    void everyFindingExplainsItselfAsClausesThatChineseAndRussianSayWithoutEnglish() {
        JsonNode a = analysis();
        int findings = 0;
        int clauses = 0;
        for (String list : List.of("hidden", "brokers", "coaches", "coachCandidates", "blockers")) {
            for (JsonNode f : a.get(list)) {
                clauses += Reasons.assertTranslated(f.get("why"), f.get("reason").asText());
                findings++;
            }
        }
        for (JsonNode f : a.at("/coverage/redFlags")) {
            clauses += Reasons.assertTranslated(f.get("why"), f.get("message").asText());
            findings++;
        }
        System.out.println("reasons checked: " + findings + " findings, " + clauses + " clauses");
        assertTrue(findings >= 15 && clauses > findings, findings + " findings, " + clauses + " clauses");
        // Chinese for the planted relative: off the chart, the CTO listens (advice), the two percentiles.
        JsonNode relative = null;
        for (JsonNode h : a.get("hidden")) {
            relative = "p-relative".equals(externalById.get(h.get("personId").asText())) ? h : relative;
        }
        assertEquals("Farid Rahimov不在组织架构图上；但Rafael Mendes直接听取其意见（咨询关系）；决策影响力高于客户中78%的其他人，正式职权仅高于3%。",
                ReasonText.of("zh").sentence(Reasons.of(relative.get("why"))));
        // A coach's reaches are people (id and name), so the map can highlight them.
        int reached = 0;
        for (JsonNode c : a.get("coaches")) {
            for (JsonNode r : c.get("reaches")) {
                assertEquals(http.get("/api/accounts/" + account + "/people/" + r.get("id").asText()).json().get("name").asText(),
                        r.get("name").asText());
                reached++;
            }
        }
        assertTrue(reached > 0, a.get("coaches").toString());
    }

    @Test
    void redFlagsAreExactlyThePlantedOnes() {
        JsonNode flags = analysis().at("/coverage/redFlags");
        Set<String> found = new TreeSet<>();
        flags.forEach(f -> found.add(f.get("code").asText() + ":" + externalById.get(f.path("personId").asText(null))));
        assertEquals(new TreeSet<>(Set.of("DECIDER_NOT_FAVORABLE:p-chair", "NO_FIRST_OWNER:p-cfo",
                "NO_RECENT_CONTACT:p-core-dir", "SENIORITY_MISMATCH:p-mob-ceo")), found);
    }

    @Test
    void coachesBlockersAndBrokersAreFound() {
        JsonNode a = analysis();
        List<String> coaches = externals(a.get("coaches"), "personId");
        System.out.println("coaches: " + coaches + " candidates: " + externals(a.get("coachCandidates"), "personId"));
        assertTrue(coaches.containsAll(List.of("p-np-dir", "p-mob-cto", "p-strategy-vp")), coaches.toString());
        List<String> blockers = externals(a.get("blockers"), "personId");
        System.out.println("blockers: " + blockers);
        assertTrue(blockers.containsAll(List.of("p-ran-dir", "p-cto-cos")), blockers.toString());
        assertFalse(a.get("brokers").isEmpty());
        assertTrue(a.at("/brokers/0/bridges").size() >= 2, a.get("brokers").toString());
        assertEquals(93, a.get("people").size());
        JsonNode top = a.at("/people/0");
        for (String field : List.of("id", "name", "externalId", "pagerank", "decisionInfluence", "formalPower", "hiddenScore", "betweenness")) {
            assertTrue(top.has(field), field);
        }
        double sum = 0;
        for (JsonNode p : a.get("people")) {
            sum += p.get("decisionInfluence").asDouble();
        }
        assertEquals(1.0, sum, 1e-9, "decision influence is a probability distribution");
    }

    @Test
    void warmPathsReachTheCeoAndAvoidOpposedPeople() {
        String ourCeo = null;
        for (JsonNode s : http.get("/api/accounts/" + account + "/staff").json()) {
            if ("C_LEVEL".equals(s.get("rank").asText())) {
                ourCeo = s.get("id").asText();
            }
        }
        Http.Response r = http.get("/api/accounts/" + account + "/paths?from=" + ourCeo + "&to=" + idByExternal.get("p-cto") + "&k=3");
        assertEquals(200, r.status(), r.body());
        JsonNode paths = r.json().get("paths");
        assertEquals(3, paths.size(), r.body());
        double previous = 0;
        for (JsonNode path : paths) {
            assertEquals(ourCeo, path.at("/nodes/0/id").asText());
            assertEquals(idByExternal.get("p-cto"), path.get("nodes").get(path.get("nodes").size() - 1).get("id").asText());
            assertTrue(path.get("cost").asDouble() >= previous, "cheapest first");
            previous = path.get("cost").asDouble();
            assertFalse(path.get("risky").asBoolean(), path.toString());
        }
        assertEquals(400, http.get("/api/accounts/" + account + "/paths?to=nobody").status());
        assertEquals(400, http.get("/api/accounts/" + account + "/paths?from=x&to=" + idByExternal.get("p-cto")).status());
    }

    @Test
    void aRepeatedCallIsServedFromTheCacheUntilSomethingChanges() {
        String url = "/api/accounts/" + account + "/analysis?opportunityId=" + opportunity();
        String first = http.get(url).body();
        assertEquals(first, http.get(url).body());
        String relative = idByExternal.get("p-relative");
        long version = http.get("/api/accounts/" + account + "/people/" + relative).json().get("version").asLong();
        assertEquals(200, http.post("/api/accounts/" + account + "/people/" + relative + "/stance",
                Map.of("stance", "CHAMPION", "version", version)).status());
        JsonNode after = http.get(url).json();
        boolean champion = false;
        for (JsonNode c : after.get("coaches")) {
            champion |= c.get("personId").asText().equals(relative);
        }
        assertTrue(champion, "the changed stance is seen at once: the relative is now a coach");
        assertEquals(400, http.get("/api/accounts/" + account + "/analysis?opportunityId=nope").status());
    }
}
