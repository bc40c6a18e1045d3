package io.powermap.visit;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.App;
import io.powermap.i18n.ReasonText;
import io.powermap.support.Http;
import io.powermap.support.HttpBytes;
import io.powermap.support.Reasons;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The visit planner on the seeded demo account: proposals, the brief in three languages and as PDF. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitPlannerTest {

    private App app;
    private Http http;
    private String account;
    private String base;
    private String demoVisit;
    private final Map<String, String> person = new HashMap<>();
    private final Map<String, String> external = new HashMap<>();
    private final Map<String, String> staff = new HashMap<>();
    private String bigOpportunity;

    @BeforeAll
    void start() {
        TestNeo4j.clear();
        app = TestApp.remote(true);
        http = new Http(app.port());
        account = app.seededDemo().orElseThrow();
        base = "/api/accounts/" + account;
        for (JsonNode p : http.get(base + "/people").json()) {
            person.put(p.get("externalId").asText(), p.get("id").asText());
            external.put(p.get("id").asText(), p.get("externalId").asText());
        }
        for (JsonNode s : http.get(base + "/staff").json()) {
            staff.put(s.get("externalId").asText(), s.get("id").asText());
        }
        for (JsonNode o : http.get(base).json().get("opportunityList")) {
            if (o.get("name").asText().startsWith("5G RAN")) {
                bigOpportunity = o.get("id").asText();
            }
        }
        for (JsonNode v : http.get(base + "/visits").json()) {
            if ("v-ceo-visit".equals(v.get("externalId").asText())) {
                demoVisit = v.get("id").asText();
            }
        }
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void theDemoHasOnePlannedVisitOfOurCeoAndRegionalPresident() {
        JsonNode v = http.get(base + "/visits/" + demoVisit).json();
        assertEquals("PLANNED", v.get("status").asText());
        assertEquals(bigOpportunity, v.get("opportunityId").asText());
        assertEquals(List.of("s-ceo", "s-regpres"), externals(v.get("staff"), staff));
        assertEquals("C_LEVEL", v.at("/staff/0/rank").asText());
        List<String> targets = new ArrayList<>();
        v.get("targets").forEach(t -> targets.add(external.get(t.get("id").asText())));
        assertEquals(List.of("p-ceo", "p-cto"), targets);
    }

    @Test
    void proposalsPutThePeopleWhoReallyDecideFirstAndExplainEachScore() {
        Http.Response r = http.get(base + "/visits/" + demoVisit + "/proposals?limit=10");
        assertEquals(200, r.status(), r.body());
        JsonNode list = r.json().get("proposals");
        List<String> ids = new ArrayList<>();
        double previous = Double.MAX_VALUE;
        for (JsonNode p : list) {
            ids.add(external.get(p.get("personId").asText()));
            double score = p.get("score").asDouble();
            assertTrue(score <= previous, "best first");
            previous = score;
            assertEquals(p.get("influence").asDouble() * p.get("stanceGap").asDouble() * p.get("seniorityMatch").asDouble(), score, 1e-12);
            Reasons.assertTranslated(p.get("why"), p.get("reason").asText());
        }
        System.out.println("proposals: " + ids);
        assertEquals(10, list.size());
        for (String planted : List.of("p-relative", "p-classmate", "p-advisor")) {
            assertTrue(ids.contains(planted), planted + " (a planted hidden decision-maker) in the top 10: " + ids);
            assertTrue(find(list, planted).get("hidden").asBoolean());
        }
        // 93 people; the influence factor is the share of them at or below one's decision influence.
        // The opposed RAN director (91/93, gap 1, a director met by our VP) comes first, flagged as a risk.
        JsonNode ranDir = list.get(0);
        assertEquals("p-ran-dir", external.get(ranDir.get("personId").asText()));
        assertEquals(91 / 93.0, ranDir.get("score").asDouble(), 1e-9);
        assertEquals(1.0, ranDir.get("stanceGap").asDouble(), 1e-12);
        assertEquals("Paolo Ferrari", ranDir.get("matchedWith").asText());
        assertEquals("[\"TARGET_OPPOSED\",\"TARGET_ALIGNED\"]", ranDir.get("risks").toString());
        assertTrue(ranDir.get("reason").asText().endsWith("caution: opposed to us; caution: leans to Nordwave Networks."), ranDir.get("reason").asText());
        // The chairman: a neutral approver (92/93, gap 0.9), matched with our CEO.
        JsonNode chair = list.get(1);
        assertEquals("p-chair", external.get(chair.get("personId").asText()));
        assertEquals(0.9 * 92 / 93.0, chair.get("score").asDouble(), 1e-9);
        assertEquals("Magnus Ekholm", chair.get("matchedWith").asText());
        // Hidden decision-makers count at the level of the decider who listens to them: the relative and the
        // advisor at the CTO's (88/93), the classmate at the CEO's (the highest), right after the CEO herself.
        JsonNode cto = http.get(base + "/visits/" + demoVisit + "/proposals?limit=20").json().get("proposals");
        double ctoInfluence = find(cto, "p-cto").get("influence").asDouble();
        assertEquals(88 / 93.0, ctoInfluence, 1e-9);
        JsonNode relative = find(list, "p-relative");
        assertEquals(ctoInfluence, relative.get("influence").asDouble(), 1e-12);
        assertEquals(0.9 * 88 / 93.0, relative.get("score").asDouble(), 1e-9);
        assertEquals(1.0, relative.get("seniorityMatch").asDouble(), "outside the hierarchy: no rank to mismatch");
        assertTrue(relative.get("reason").asText().contains("counted at the level of Rafael Mendes"), relative.get("reason").asText());
        JsonNode classmate = find(list, "p-classmate");
        assertEquals(1.0, classmate.get("influence").asDouble(), 1e-12);
        assertEquals(0.8, classmate.get("score").asDouble(), 1e-9);
        assertEquals(ids.indexOf("p-ceo") + 1, ids.indexOf("p-classmate"), "equal scores: the higher raw influence first " + ids);
        // The three hidden decision-makers outrank the CFO and the CTO (favourable decision-makers), who still score 0.77 and 0.76.
        assertEquals(0.8 * find(cto, "p-cfo").get("influence").asDouble(), find(cto, "p-cfo").get("score").asDouble(), 1e-12);
        assertTrue(ids.indexOf("p-advisor") < ids.indexOf("p-cfo"), ids.toString());
        // A champion is never zeroed: the champion approver scores 0.6 × her influence.
        JsonNode champion = find(http.get(base + "/visits/" + demoVisit + "/proposals?limit=40").json().get("proposals"), "p-reg-md");
        assertEquals(0.6, champion.get("stanceGap").asDouble(), 1e-12);
        assertEquals(404, http.get(base + "/visits/nope/proposals").status());
        assertEquals(400, http.get(base + "/visits/" + demoVisit + "/proposals?limit=0").status());
    }

    @Test
    void theBriefSaysWhyToMeetEachTargetInTheReadersLanguageWithNoEnglishReasonLeft() {
        JsonNode brief = http.get(base + "/visits/" + demoVisit + "/brief?format=json").json();
        List<String> fragments = Reasons.englishFragments();
        assertTrue(fragments.size() > 30, fragments.toString());
        Map<String, String> heading = Map.of("zh", "拜访理由", "ru", "Зачем встречаться");
        for (String lang : List.of("zh", "ru")) {
            String html = http.get(base + "/visits/" + demoVisit + "/brief?format=html&lang=" + lang).body();
            assertTrue(html.contains(heading.get(lang)), lang);
            for (JsonNode t : brief.get("targets")) {
                Reasons.assertTranslated(t.get("why"), t.get("reason").asText());
                String said = ReasonText.of(lang).sentence(Reasons.of(t.get("why")));
                assertTrue(html.contains(Html.escape(said)), lang + ": " + said);
                assertFalse(html.contains(Html.escape(t.get("reason").asText())), lang + ": the English reason");
            }
            for (String f : fragments) {
                assertFalse(html.contains(Html.escape(f)), lang + ": English \"" + f + "\" in the brief");
            }
            // Owner priorities are words of the brief's language, not the API's FIRST / SECOND.
            assertFalse(html.contains("(FIRST)") || html.contains("(SECOND)"), lang + ": an untranslated owner priority");
            assertTrue(html.contains(lang.equals("zh") ? "(第一负责人)" : "(основной)"), lang + ": owner priority");
        }
        JsonNode owner = brief.at("/targets/0/owners/0");
        assertTrue(owner.has("name") && List.of("FIRST", "SECOND").contains(owner.get("priority").asText()), owner.toString());
        // The CEO's reason in Chinese, as the brief prints it.
        String ceo = ReasonText.of("zh").sentence(Reasons.of(brief.at("/targets/0/why")));
        assertTrue(ceo.startsWith("Nadia Rahimova：客户中决策影响力最高；决策角色：批准者；态度好感（差距2/4）"), ceo);
        String en = http.get(base + "/visits/" + demoVisit + "/brief?format=html&lang=en").body();
        assertTrue(en.contains("Why meet") && en.contains(Html.escape(brief.at("/targets/1/reason").asText())), "English too");
    }

    @Test
    void theBriefGivesPathsNeedsHistoryAndFlagsOpposedAndCompetitorAlignedNeighbours() {
        Http.Response r = http.get(base + "/visits/" + demoVisit + "/brief?format=json");
        assertEquals(200, r.status(), r.body());
        JsonNode targets = r.json().get("targets");
        assertEquals(2, targets.size());
        JsonNode cto = targets.get(1);
        assertEquals("Rafael Mendes", cto.get("name").asText());
        Map<String, String> risks = new LinkedHashMap<>();
        cto.get("risks").forEach(x -> risks.put(external.get(x.get("personId").asText()) + ":" + x.get("code").asText(), x.get("message").asText()));
        System.out.println("CTO risks: " + risks.keySet());
        assertTrue(risks.containsKey("p-ran-dir:OPPOSED_NEARBY"), risks.toString());
        assertTrue(risks.containsKey("p-cto-cos:COMPETITOR_GATEKEEPER"), risks.toString());
        JsonNode path = cto.get("path");
        assertTrue(path != null && path.isObject(), "a warm introduction path to the CTO: " + cto);
        assertFalse(path.get("risky").asBoolean());
        String from = path.at("/nodes/0/id").asText();
        assertTrue(from.equals(staff.get("s-ceo")) || from.equals(staff.get("s-regpres")), "from a joining executive: " + path);
        assertEquals(person.get("p-cto"), path.get("nodes").get(path.get("nodes").size() - 1).get("id").asText());
        assertTrue(cto.get("talkingPoints").size() > 0, "talking points from recorded needs and criteria");
        assertTrue(cto.get("needs").get("professional").size() > 0);
        assertEquals("DECISION_MAKER", cto.get("decisionRole").asText());
        JsonNode map = r.json().get("map");
        assertTrue(map.get("nodes").size() >= 6, map.toString());
        // The chairman's stance history (FAVORABLE before NEUTRAL) shows in a brief about him.
        assertTrue(r.json().at("/visit/actions").isArray());
    }

    @Test
    void powermapNeverSuggestsGiftsFavoursOrHospitality() {
        for (var kind : io.powermap.domain.Vocabulary.ActionKind.values()) {
            if (kind.complianceSensitive()) {
                assertFalse(Planner.SUGGESTABLE.contains(kind), kind + " is never suggested");
            }
        }
        // Every person with recorded needs or criteria, as a target: no suggestion of a sensitive kind.
        List<String> all = new ArrayList<>(person.values()).subList(0, 40);
        String id = createVisit(Map.of("date", "2030-01-15", "status", "DRAFT", "staffIds", List.of(staff.get("s-ceo")), "targetIds", all)).get("id").asText();
        JsonNode brief = http.get(base + "/visits/" + id + "/brief?format=json").json();
        int suggestions = 0;
        for (JsonNode t : brief.get("targets")) {
            for (JsonNode s : t.get("suggestions")) {
                suggestions++;
                assertFalse(List.of("GIFT", "FAVOR", "HOSPITALITY").contains(s.get("kind").asText()), s.toString());
            }
        }
        assertTrue(suggestions > 0, "suggestions were made");
        String html = http.get(base + "/visits/" + id + "/brief?format=html").body().toLowerCase();
        assertFalse(html.contains(">gift") || html.contains(">hospitality") || html.contains(">favour"), "no such suggestion in the page");
        assertEquals(204, http.delete(base + "/visits/" + id + "?version=1").status());
    }

    @Test
    void theHtmlBriefIsEscapedScriptFreeAndTranslated() throws IOException {
        Map<String, String> headings = Map.of("en", "Whom we meet", "zh", "拜访对象", "ru", "С кем встречаемся");
        for (String lang : List.of("en", "zh", "ru")) {
            Http.Response r = http.get(base + "/visits/" + demoVisit + "/brief?format=html&lang=" + lang);
            assertEquals(200, r.status(), r.body());
            assertTrue(r.contentType().startsWith("text/html"), r.contentType());
            String html = r.body();
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "briefs"));
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "briefs", "brief-" + lang + ".html"), html);
            assertTrue(html.contains(headings.get(lang)), lang + " heading");
            assertTrue(html.contains("lang=\"" + lang + "\""));
            assertTrue(html.contains("Rafael Mendes") && html.contains("Виктор Соколов") && html.contains("林美"), "names as written");
            assertTrue(html.contains("<svg"), "the focused sub-map");
            assertTrue(html.contains("href=\"/css/brief.css\""));
            assertFalse(html.contains("<script"), "no script");
            assertFalse(html.contains("style=") || html.contains("<style"), "no inline style: the CSP stays strict");
            assertTrue(r.header("Content-Security-Policy").contains("style-src 'self'"));
        }
        assertEquals(200, http.get("/css/brief.css").status());
        assertEquals("zh", langOf(http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                "http://localhost:" + app.port() + base + "/visits/" + demoVisit + "/brief")).header("Accept-Language", "zh-CN,en;q=0.5")).body()));

        // A name with markup is shown as text.
        String evil = createPerson("<script>alert('x')</script> & \"Ltd\"");
        String id = createVisit(Map.of("date", "2030-02-01", "staffIds", List.of(staff.get("s-ceo")), "targetIds", List.of(evil))).get("id").asText();
        String html = http.get(base + "/visits/" + id + "/brief?format=html").body();
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Ltd&quot;"), "escaped");
        assertFalse(html.contains("<script"));
        assertEquals(204, http.delete(base + "/visits/" + id + "?version=1").status());
    }

    @Test
    void thePdfBriefIsA4WithChineseAndCyrillicNamesAsTextInEveryLanguage() throws IOException {
        String id = createVisit(Map.of("date", "2030-03-01", "status", "PLANNED", "opportunityId", bigOpportunity,
                "objective", "Win the chairman: 王建国; reassure Виктор Соколов",
                "staffIds", List.of(staff.get("s-ceo"), staff.get("s-regpres")),
                "targetIds", List.of(person.get("p-chair"), person.get("p-ran-dir"), person.get("p-cto"), person.get("p-bec-chair")))).get("id").asText();
        Map<String, List<String>> expected = Map.of(
                "en", List.of("Visit brief", "Whom we meet", "Risks"),
                "zh", List.of("高层拜访简报", "拜访对象", "风险"),
                "ru", List.of("Брифинг к визиту", "С кем встречаемся", "Риски"));
        for (String lang : List.of("en", "zh", "ru")) {
            long t0 = System.nanoTime();
            HttpBytes.Response r = HttpBytes.get(app.port(), base + "/visits/" + id + "/brief?format=pdf&lang=" + lang);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(200, r.status(), new String(r.body()));
            assertEquals("application/pdf", r.contentType());
            // Kept for a person to look at: target/briefs/brief-<lang>.pdf
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "briefs"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "briefs", "brief-" + lang + ".pdf"), r.body());
            try (PDDocument pdf = Loader.loadPDF(r.body())) {
                String text = new PDFTextStripper().getText(pdf);
                System.out.printf("brief pdf %s: %d pages, %d bytes, %d ms%n", lang, pdf.getNumberOfPages(), r.body().length, ms);
                for (String s : expected.get(lang)) {
                    assertTrue(text.contains(s), lang + ": " + s + " in\n" + text);
                }
                for (String name : List.of("王建国", "Виктор Соколов", "陈海燕", "Rafael Mendes", "Magnus Ekholm")) {
                    assertTrue(text.contains(name), lang + ": " + name);
                }
                var box = pdf.getPage(0).getMediaBox();
                assertEquals(595, Math.round(box.getWidth()), "A4 width in points");
                assertEquals(842, Math.round(box.getHeight()), "A4 height in points");
                assertTrue(pdf.getNumberOfPages() >= 2);
                pdf.getPages().forEach(page -> page.getResources().getFontNames().forEach(fn -> {
                    try {
                        var font = page.getResources().getFont(fn);
                        assertTrue(font.isEmbedded(), "fonts embedded: " + font.getName());
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                }));
            }
        }
        assertEquals(204, http.delete(base + "/visits/" + id + "?version=1").status());
    }

    @Test
    void badBriefRequestsAreProblems() {
        assertEquals(400, http.get(base + "/visits/" + demoVisit + "/brief?format=docx").status());
        Http.Response lang = http.get(base + "/visits/" + demoVisit + "/brief?lang=fr");
        assertEquals(400, lang.status());
        assertEquals("lang", lang.json().at("/errors/0/field").asText());
        assertEquals(404, http.get(base + "/visits/no-such-visit/brief").status());
        assertEquals(404, http.get("/api/accounts/no-such-account/visits/" + demoVisit + "/brief").status());
        assertEquals(404, http.get("/api/accounts/no-such-account/visits").status());
    }

    // ------------------------------------------------------------------ helpers

    JsonNode createVisit(Map<String, Object> body) {
        Http.Response r = http.post(base + "/visits", body);
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    String createPerson(String name) {
        Http.Response r = http.post(base + "/people", Map.of("name", name, "rank", "DIRECTOR"));
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asText();
    }

    private JsonNode find(JsonNode list, String... externalIds) {
        for (JsonNode p : list) {
            if (List.of(externalIds).contains(external.get(p.get("personId").asText()))) {
                return p;
            }
        }
        throw new AssertionError("none of " + List.of(externalIds) + " in " + list);
    }

    private static List<String> externals(JsonNode list, Map<String, String> byExternal) {
        Map<String, String> reverse = new HashMap<>();
        byExternal.forEach((k, v) -> reverse.put(v, k));
        List<String> out = new ArrayList<>();
        list.forEach(x -> out.add(reverse.get(x.get("id").asText())));
        return out;
    }

    private static String langOf(String html) {
        int i = html.indexOf("lang=\"");
        return html.substring(i + 6, html.indexOf('"', i + 6));
    }
}
