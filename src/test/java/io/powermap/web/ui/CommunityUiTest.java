package io.powermap.web.ui;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analysis' communities drawn in the influence view of the demo account: one numbered box per community. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommunityUiTest {

    private UiSession s;
    private Browser b;
    private String demo;

    @BeforeAll
    void start() {
        s = UiSession.get();
        b = s.browser;
        demo = s.demo();
        b.consoleLog();
        b.assertNoScriptErrors();
    }

    @AfterAll
    void noScriptErrors() {
        b.assertNoScriptErrors();
    }

    private long count(String selector) {
        return b.jsLong("return window.powermap.cy.$(arguments[0]).length", selector);
    }

    private double[] position(String id) {
        return new double[] {
                ((Number) b.js("return window.powermap.cy.$id(arguments[0]).position('x')", id)).doubleValue(),
                ((Number) b.js("return window.powermap.cy.$id(arguments[0]).position('y')", id)).doubleValue()};
    }

    @Test
    void theInfluenceViewShowsOneBoxPerCommunityAroundItsMembers() {
        JsonNode analysis = s.http.get("/api/accounts/" + demo + "/analysis").json();
        Map<String, Integer> community = new HashMap<>();
        Set<Integer> communities = new HashSet<>();
        for (JsonNode p : analysis.get("people")) {
            community.put(p.get("id").asText(), p.get("community").asInt());
            communities.add(p.get("community").asInt());
        }
        assertTrue(communities.size() > 1, "the demo has several communities: " + communities);

        b.openApp(demo, "en", "influence");
        assertEquals(communities.size(), count("node.community"));
        for (Map.Entry<String, Integer> e : community.entrySet()) {
            // Members of one community share its box, numbered as on the person card.
            assertEquals("community:" + e.getValue(), b.jsString("return window.powermap.cy.$id(arguments[0]).parent().id()", e.getKey()), e.getKey());
        }
        int first = communities.iterator().next();
        // Named after its hub and org, as the analysis gives them.
        JsonNode named = null;
        for (JsonNode c : analysis.get("communities")) {
            named = c.get("community").asInt() == first ? c : named;
        }
        assertEquals("Community " + (first + 1) + " · " + named.get("hubName").asText() + " · " + named.get("orgName").asText(),
                b.jsString("return window.powermap.cy.$id(arguments[0]).data('display')", "community:" + first));
        // The person card names the member's community the same way.
        String member = community.entrySet().stream().filter(e -> e.getValue() == first).findFirst().orElseThrow().getKey();
        String label = b.jsString("return window.powermap.cy.$id(arguments[0]).data('display')", "community:" + first);
        b.js("window.powermap.cy.$id(arguments[0]).emit('tap')", member);
        b.waitFor("the card's community", () -> b.find("#card").getText().contains("Cluster\n" + label));
        // The box is drawn behind its members, translucent, so stance colours stay readable.
        assertTrue(Double.parseDouble(b.jsString("return window.powermap.cy.$id(arguments[0]).style('background-opacity')", "community:" + first)) <= 0.1);
        assertTrue(b.find("#toggle-communities").isDisplayed());
        assertEquals("true", b.find("#toggle-communities").getAttribute("aria-pressed"));
        b.find("#toggle-legend").click();
        assertTrue(b.find("#legend").getText().contains("Community of the influence view"), b.find("#legend").getText());
        b.find("#toggle-legend").click();

        // The toggle hides the boxes (remembered) and keeps every person where they were.
        String someone = community.keySet().iterator().next();
        double[] before = position(someone);
        b.waitRerender(() -> b.find("#toggle-communities").click());
        assertEquals(0, count("node.community"));
        assertEquals("false", b.find("#toggle-communities").getAttribute("aria-pressed"));
        assertEquals("off", b.jsString("return localStorage.getItem('powermap.communities')"));
        double[] after = position(someone);
        // Positions are kept to a tenth of a pixel across the redraw.
        assertEquals(before[0], after[0], 0.1);
        assertEquals(before[1], after[1], 0.1);
        b.waitRerender(() -> b.find("#toggle-communities").click());
        assertEquals(communities.size(), count("node.community"));

        // The org view has no community boxes.
        b.waitRerender(() -> b.find("#view-formal").click());
        assertEquals(0, count("node.community"));
        assertTrue(!b.find("#toggle-communities").isDisplayed());
    }
}
