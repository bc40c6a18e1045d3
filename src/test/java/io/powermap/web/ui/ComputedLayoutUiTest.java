package io.powermap.web.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.io.generate.AccountGenerator;
import io.powermap.io.generate.GeneratorSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The influence view of a big account (400 people) opens at the server's layout: every person stands where the
 * positions endpoint put them (no force layout ran in the browser), the community boxes do not overlap, and
 * Re-layout after a drag brings the server's layout back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComputedLayoutUiTest {

    private UiSession s;
    private Browser b;
    private String account;

    @BeforeAll
    void start() throws IOException {
        s = UiSession.get();
        b = s.browser;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AccountGenerator.generate(GeneratorSpec.of(400, 1200, 11), out);
        account = s.importDocument(out.toString(StandardCharsets.UTF_8));
        b.consoleLog();
        b.assertNoScriptErrors();
    }

    @AfterAll
    void noScriptErrors() {
        b.assertNoScriptErrors();
    }

    private void assertAtServerLayout(JsonNode computed) {
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = computed.get("positions").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            @SuppressWarnings("unchecked")
            Map<String, Number> at = (Map<String, Number>) b.js("return window.powermap.cy.$id(arguments[0]).position()", e.getKey());
            assertEquals(e.getValue().get("x").asDouble(), at.get("x").doubleValue(), 0.01, e.getKey());
            assertEquals(e.getValue().get("y").asDouble(), at.get("y").doubleValue(), 0.01, e.getKey());
            checked++;
        }
        assertEquals(400, checked);
    }

    @Test
    void theMapOpensAtTheServersLayoutWithSeparateCommunityBoxesAndReLayoutReturnsToIt() {
        JsonNode computed = s.http.get("/api/accounts/" + account + "/positions/influence").json();
        assertTrue(computed.get("computed").asBoolean(), computed.toString());

        b.openApp(account, "en", "influence");
        assertAtServerLayout(computed);
        // Nothing was laid out in the browser.
        assertTrue(((Number) b.js("return window.powermap.timings.layout")).doubleValue() < 50,
                "layout ms " + b.js("return window.powermap.timings.layout"));
        // The community boxes (compound parents around their members) do not overlap.
        @SuppressWarnings("unchecked")
        List<Map<String, Number>> boxes = (List<Map<String, Number>>) b.js(
                "return window.powermap.cy.nodes('.community').map((n) => n.boundingBox({ includeLabels: false }))");
        assertTrue(boxes.size() > 1, boxes.size() + " community boxes");
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Map<String, Number> p = boxes.get(i);
                Map<String, Number> q = boxes.get(j);
                boolean apart = p.get("x2").doubleValue() <= q.get("x1").doubleValue() || q.get("x2").doubleValue() <= p.get("x1").doubleValue()
                        || p.get("y2").doubleValue() <= q.get("y1").doubleValue() || q.get("y2").doubleValue() <= p.get("y1").doubleValue();
                assertTrue(apart, "community boxes " + p + " and " + q + " overlap");
            }
        }

        // A drag is saved as the user's layout; Re-layout forgets it and puts the server's layout back.
        String someone = computed.get("positions").fieldNames().next();
        b.js("const n = window.powermap.cy.$id(arguments[0]); n.position({ x: n.position('x') + 500, y: n.position('y') + 500 }); n.emit('dragfree');", someone);
        b.waitFor("the dragged layout saved", () -> !s.http.get("/api/accounts/" + account + "/positions/influence").json().get("computed").asBoolean());
        b.find("#relayout").click();
        b.waitFor("the server's layout back", () -> s.http.get("/api/accounts/" + account + "/positions/influence").json().get("computed").asBoolean());
        b.waitIdle();
        assertAtServerLayout(computed);
    }
    private static final String TIE_STYLES = "const out = {}; window.powermap.cy.edges().forEach((e) => { const k = e.style('curve-style') + ' '"
            + " + e.style('target-arrow-shape'); out[k] = (out[k] ?? 0) + 1; }); return out";

    @SuppressWarnings("unchecked")
    private Map<String, Number> tieStyles() {
        return (Map<String, Number>) b.js(TIE_STYLES);
    }

    private void zoomTo(double level) {
        b.js("const cy = window.powermap.cy; cy.zoom({ level: arguments[0], renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } })", level);
    }

    @Test
    void aBigInfluenceMapOpensWithStraightTiesAndCurvesThemWithArrowsZoomedIn() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AccountGenerator.generate(GeneratorSpec.of(700, 2100, 12), out);
        String big = s.importDocument(out.toString(StandardCharsets.UTF_8));
        b.openApp(big, "en", "influence");
        double zoom = ((Number) b.js("return window.powermap.cy.zoom()")).doubleValue();
        assertTrue(zoom < 0.6, "opens at zoom " + zoom);
        Map<String, Number> overview = tieStyles();
        assertEquals(List.of("haystack none"), List.copyOf(overview.keySet()), "every tie straight, no arrow heads: " + overview);

        // Zoomed in to where a direction can be read, every tie is a curve with its arrow head again (reports-to lines too).
        zoomTo(0.8);
        Map<String, Number> close = tieStyles();
        assertEquals(List.of("bezier triangle"), List.copyOf(close.keySet()), "every tie a curve with an arrow: " + close);
        assertEquals(overview.values().iterator().next().longValue(), close.values().iterator().next().longValue());
        zoomTo(0.3);
        assertEquals(List.of("haystack none"), List.copyOf(tieStyles().keySet()));

        // An export draws every tie in full: they turn into curves for it (counted), and straight again after.
        b.js("window.powermap.lastExport = null; window.fullTies = 0; const cy = window.powermap.cy;"
                + " cy.on('style', 'edge', (e) => { if (e.target.style('curve-style') === 'bezier') window.fullTies++; })");
        b.find("#export").click();
        b.waitVisible("#export-current").click();
        b.find("#export-svg").click();
        b.waitFor("the export", () -> b.js("return window.powermap.lastExport") != null);
        long full = b.jsLong("return window.fullTies");
        // (Without the switch no tie is a curve at this zoom; Cytoscape's 'style' events do not reach every tie, so not all count.)
        assertTrue(full > 0, full + " ties drawn in full for the export");
        assertEquals(List.of("haystack none"), List.copyOf(tieStyles().keySet()));

        // A map of 400 people keeps its curves and arrows at any zoom.
        b.openApp(account, "en", "influence");
        zoomTo(0.3);
        assertEquals(List.of("bezier triangle"), List.copyOf(tieStyles().keySet()));
    }
}
