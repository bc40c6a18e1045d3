package io.powermap.web.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.App;
import io.powermap.support.Documents;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The level-of-detail map in the browser: a generated account of 300 people on an app whose
 * threshold is 100, so the graph endpoint answers with org clusters and aggregated ties. Its own
 * app and browser (the shared UI session runs with the default threshold).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LodUiTest {

    private static final int PEOPLE = 300;
    private static final int THRESHOLD = 100;

    private App app;
    private Http http;
    private Browser b;
    private String account;

    @BeforeAll
    void start() {
        Browser.requireInstalled();
        app = TestApp.remote(false, Map.of("POWERMAP_LOD_THRESHOLD", String.valueOf(THRESHOLD)));
        http = new Http(app.port());
        Http.Response r = http.post("/api/import", new String(Documents.generate(PEOPLE, PEOPLE * 3, 11), StandardCharsets.UTF_8));
        assertEquals(201, r.status(), r.body());
        account = r.json().get("accountId").asText();
        b = Browser.open(app.port(), 1366, 768);
    }

    @AfterAll
    void stop() {
        try {
            if (b != null) {
                b.assertNoScriptErrors();
                b.close();
            }
        } finally {
            app.close();
        }
    }

    private JsonNode graph(String expand) {
        return http.get("/api/accounts/" + account + "/graph" + (expand == null ? "" : "?expand=" + expand)).json();
    }

    private static List<JsonNode> nodes(JsonNode g, String type) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : g.at("/elements/nodes")) {
            if (n.at("/data/type").asText().equals(type)) {
                out.add(n.get("data"));
            }
        }
        return out;
    }

    private long count(String selector) {
        return b.jsLong("return window.powermap.cy.$(arguments[0]).length", selector);
    }

    /** The smallest cluster that opens into all of its people (at most the threshold). */
    private JsonNode smallCluster(JsonNode g) {
        return nodes(g, "cluster").stream().filter(c -> c.get("count").asInt() >= 2 && c.get("count").asInt() <= THRESHOLD)
                .min((x, y) -> x.get("count").asInt() - y.get("count").asInt()).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<Number>> positions() {
        return (Map<String, List<Number>>) b.js("const out = {}; window.powermap.cy.nodes().forEach(n => { out[n.id()] = [n.position('x'), n.position('y')]; }); return out;");
    }

    private void assertStayed(Map<String, List<Number>> before, Map<String, List<Number>> after, String except) {
        int kept = 0;
        for (Map.Entry<String, List<Number>> e : before.entrySet()) {
            List<Number> now = after.get(e.getKey());
            if (now == null || e.getKey().equals(except)) {
                continue;
            }
            kept++;
            assertEquals(e.getValue().get(0).doubleValue(), now.get(0).doubleValue(), 0.5, e.getKey() + " moved");
            assertEquals(e.getValue().get(1).doubleValue(), now.get(1).doubleValue(), 0.5, e.getKey() + " moved");
        }
        assertTrue(kept > 0, "some nodes stayed");
    }

    @Test
    @Order(1)
    void drawsClustersWithTheirCountsAndAggregatedTies() {
        JsonNode g = graph(null);
        assertFalse(g.get("lod").isNull(), "the account is above the threshold");
        b.openApp(account, "en");
        List<JsonNode> clusters = nodes(g, "cluster");
        List<JsonNode> people = nodes(g, "person");
        assertTrue(clusters.size() >= 2, g.get("lod").toString());
        assertEquals(clusters.size(), count("node.cluster"));
        assertEquals(people.size(), count("node.person"));
        long aggregates = 0;
        for (JsonNode e : g.at("/elements/edges")) {
            if (e.at("/data/type").asText().equals("AGGREGATE")) {
                aggregates++;
            }
        }
        assertTrue(aggregates > 0);
        assertEquals(aggregates, count("edge.aggregate"));
        long inClusters = 0;
        for (JsonNode c : clusters) {
            String id = c.get("id").asText();
            int n = c.get("count").asInt();
            inClusters += n;
            assertEquals(n, b.jsLong("return window.powermap.cy.$id(arguments[0]).data('count')", id));
            String label = b.jsString("return window.powermap.cy.$id(arguments[0]).data('display')", id);
            assertTrue(label.contains(n + " people"), label);
            assertEquals("round-rectangle", b.jsString("return window.powermap.cy.$id(arguments[0]).style('shape')", id));
        }
        assertEquals(PEOPLE, inClusters + people.size());
        // A thicker line stands for more ties.
        JsonNode most = null;
        JsonNode least = null;
        for (JsonNode e : g.at("/elements/edges")) {
            JsonNode d = e.get("data");
            if (!d.get("type").asText().equals("AGGREGATE")) {
                continue;
            }
            if (most == null || d.get("count").asLong() > most.get("count").asLong()) {
                most = d;
            }
            if (least == null || d.get("count").asLong() < least.get("count").asLong()) {
                least = d;
            }
        }
        if (most.get("count").asLong() > least.get("count").asLong()) {
            double wide = Double.parseDouble(b.jsString("return window.powermap.cy.$id(arguments[0]).style('width')", most.get("id").asText()).replace("px", ""));
            double thin = Double.parseDouble(b.jsString("return window.powermap.cy.$id(arguments[0]).style('width')", least.get("id").asText()).replace("px", ""));
            assertTrue(wide > thin, wide + " > " + thin);
        }
        assertTrue(b.find("#map-status").getText().contains(PEOPLE + " of " + PEOPLE + " people"), b.find("#map-status").getText());
        assertTrue(b.find("#lod-bar").isDisplayed());
        assertTrue(b.find("#lod-summary").getText().contains(PEOPLE + " people"), b.find("#lod-summary").getText());
        b.find("#toggle-legend").click();
        assertTrue(b.find("#legend").getText().contains("Folded organisation"), b.find("#legend").getText());
        screenshot("lod-map-en.png");
        b.find("#toggle-legend").click();
    }

    /** With -Dpowermap.screenshots=true (as for ScreenshotsTest), the level-of-detail map goes to docs/screenshots. */
    private void screenshot(String name) {
        if (!Boolean.getBoolean("powermap.screenshots")) {
            return;
        }
        try {
            b.screenshot(java.nio.file.Path.of(System.getProperty("powermap.screenshotDir", "docs/screenshots")).resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Order(2)
    void aClickOpensAClusterInPlaceAndTheChipFoldsItAgain() {
        b.openApp(account, "en");
        JsonNode c = smallCluster(graph(null));
        String clusterId = c.get("id").asText();
        String orgId = c.get("orgId").asText();
        List<String> members = nodes(graph(orgId), "person").stream().map(d -> d.get("id").asText())
                .filter(id -> b.jsLong("return window.powermap.cy.$id(arguments[0]).length", id) == 0).toList();
        assertEquals(c.get("count").asInt(), members.size(), "the cluster's people are not drawn yet");
        long peopleBefore = count("node.person");
        long clustersBefore = count("node.cluster");
        Map<String, List<Number>> before = positions();

        b.waitRerender(() -> b.js("window.powermap.cy.$id(arguments[0]).emit('tap')", clusterId));
        assertEquals(0, b.jsLong("return window.powermap.cy.$id(arguments[0]).length", clusterId));
        assertEquals(peopleBefore + members.size(), count("node.person"));
        assertEquals(clustersBefore - 1, count("node.cluster"));
        for (String id : members) {
            assertEquals(1, b.jsLong("return window.powermap.cy.$id(arguments[0]).length", id), id);
        }
        assertStayed(before, positions(), clusterId);
        screenshot("lod-opened-en.png");
        // The opened people sit where the cluster was, not on top of the rest of the map.
        List<Number> at = before.get(clusterId);
        double nearest = ((Number) b.js("const [x, y] = arguments[1]; return Math.min(...arguments[0].map(id => {"
                + " const p = window.powermap.cy.$id(id).position(); return Math.hypot(p.x - x, p.y - y); }))", members, at)).doubleValue();
        assertTrue(nearest < 300, "an opened person " + nearest + " px from the cluster");
        String chip = "#lod-bar button[data-org='" + orgId + "']";
        assertTrue(b.find(chip).isDisplayed());
        // The bar under the map follows a language switch like every other label.
        new Select(b.find("#lang")).selectByValue("ru");
        b.waitFor("the summary in Russian", () -> b.find("#lod-summary").getText().contains("чел.: большая карта"));
        assertTrue(b.find(chip).getAttribute("title").startsWith("Снова свернуть "), b.find(chip).getAttribute("title"));
        new Select(b.find("#lang")).selectByValue("en");
        b.waitFor("the summary in English", () -> b.find("#lod-summary").getText().contains(PEOPLE + " people"));
        assertTrue(b.find(chip).getAttribute("title").startsWith("Fold "), b.find(chip).getAttribute("title"));

        Map<String, List<Number>> open = positions();
        b.waitRerender(() -> b.find(chip).click());
        assertEquals(1, b.jsLong("return window.powermap.cy.$id(arguments[0]).length", clusterId));
        assertEquals(c.get("count").asLong(), b.jsLong("return window.powermap.cy.$id(arguments[0]).data('count')", clusterId));
        assertEquals(peopleBefore, count("node.person"));
        assertEquals(clustersBefore, count("node.cluster"));
        assertStayed(open, positions(), clusterId);
        assertTrue(b.findAll(chip).isEmpty());
    }

    @Test
    @Order(3)
    void enterOnASelectedClusterOpensIt() {
        b.openApp(account, "en");
        JsonNode c = smallCluster(graph(null));
        String clusterId = c.get("id").asText();
        long peopleBefore = count("node.person");
        b.js("document.getElementById('map').focus()"); // a click could land on (and open) a cluster
        // Arrow keys step through people and clusters; the selected cluster is named in the status line.
        b.waitFor("a cluster to be selected by the keyboard", () -> {
            b.find("#map").sendKeys(Keys.ARROW_RIGHT);
            return clusterId.equals(b.js("const s = window.powermap.cy.$('node.cluster:selected'); return s.length ? s.id() : null"));
        });
        assertTrue(b.find("#map-status").getText().contains(c.get("count").asInt() + " people"), b.find("#map-status").getText());
        b.waitRerender(() -> b.find("#map").sendKeys(Keys.ENTER));
        assertEquals(0, b.jsLong("return window.powermap.cy.$id(arguments[0]).length", clusterId));
        assertEquals(peopleBefore + c.get("count").asInt(), count("node.person"));
    }

    @Test
    @Order(4)
    void searchingAFoldedPersonOpensTheirCluster() {
        b.openApp(account, "en", "influence");
        JsonNode c = smallCluster(graph(null));
        Map<String, String> names = new HashMap<>();
        for (JsonNode p : nodes(graph(c.get("orgId").asText()), "person")) {
            if (b.jsLong("return window.powermap.cy.$id(arguments[0]).length", p.get("id").asText()) == 0) {
                names.put(p.get("name").asText(), p.get("id").asText());
            }
        }
        // A name that is unique in the account, so the server's search has one answer.
        String name = names.keySet().stream().sorted().filter(n -> {
            JsonNode hits = http.get("/api/accounts/" + account + "/search?q=" + java.net.URLEncoder.encode(n, StandardCharsets.UTF_8)).json();
            return hits.size() == 1;
        }).findFirst().orElseThrow();
        String id = names.get(name);
        b.find("#search").sendKeys(name);
        String option = "#search-results li[data-id='" + id + "']";
        b.waitVisible(option);
        assertTrue(b.find(option).getText().contains("in a folded group"), b.find(option).getText());
        b.waitRerender(() -> b.find(option).click());
        b.waitFor("the person to be selected", () -> id.equals(b.js("const s = window.powermap.cy.$('node.person:selected'); return s.length ? s.id() : null")));
        assertEquals(0, b.jsLong("return window.powermap.cy.$id(arguments[0]).length", c.get("id").asText()));
        assertEquals(name, b.waitVisible("#card-name").getText());
    }
}
