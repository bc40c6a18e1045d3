package io.powermap.web.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decision criteria and competitor alignments edited from the person card, with the 409 of a concurrent edit. */
class CardEditUiTest extends FixtureUiTest {

    private String personPath(String ext) {
        return "/api/accounts/" + f.accountId() + "/people/" + f.person(ext);
    }

    private JsonNode person(String ext) {
        return s.http.get(personPath(ext)).json();
    }

    private void openCard(String ext) {
        b.js("window.powermap.cy.$id(arguments[0]).emit('tap')", f.person(ext));
        b.waitVisible("#card-name");
        b.waitVisible("#card-criterion-add");
    }

    private String cardText() {
        return b.find("#card").getText();
    }

    @Test
    void addsAndRemovesACriterionAndACompetitorAlignment() {
        b.openApp(f.accountId(), "en");
        openCard("p-eng");
        assertTrue(b.findAll("#card-criteria").isEmpty() && b.findAll("#card-alignments").isEmpty());

        b.find("#card-criterion-add").click();
        new Select(b.waitVisible("#criterion-category")).selectByValue("ECONOMY");
        b.find("#criterion-note").sendKeys("capex per site below target");
        b.waitRerender(() -> b.find("#dialog-submit").click());
        b.waitFor("the criterion in the card", () -> !b.findAll("#card-criteria").isEmpty()
                && b.find("#card-criteria").getText().contains("Economy — capex per site below target"));
        JsonNode p = person("p-eng");
        assertEquals(1, p.get("criteria").size());
        assertEquals("ECONOMY", p.at("/criteria/0/category").asText());

        b.find("#card-alignment-add").click();
        new Select(b.waitVisible("#alignment-competitor")).selectByVisibleText("Nordwave Networks");
        new Select(b.find("#alignment-strength")).selectByValue("3");
        b.waitRerender(() -> b.find("#dialog-submit").click());
        b.waitFor("the alignment in the card", () -> !b.findAll("#card-alignments").isEmpty()
                && b.find("#card-alignments").getText().contains("Nordwave Networks"));
        assertEquals(3, person("p-eng").at("/competitors/0/strength").asInt());
        assertTrue(b.jsString("return window.powermap.cy.$id(arguments[0]).data('display')", f.person("p-eng")).contains("⚔"),
                "the competitor badge on the map");

        // A fresh page shows both.
        b.openApp(f.accountId(), "en");
        openCard("p-eng");
        b.waitFor("the saved criterion and alignment", () -> !b.findAll("#card-alignments").isEmpty());
        assertTrue(b.find("#card-criteria").getText().contains("Economy — capex per site below target"), cardText());
        assertTrue(b.find("#card-alignments").getText().contains("Nordwave Networks · 3 strong"), cardText());

        b.find("#card-criteria li button.remove").click();
        b.waitVisible("#criterion-remove-form");
        b.waitRerender(() -> b.find("#dialog-submit").click());
        b.waitFor("the criterion to go", () -> b.findAll("#card-criteria").isEmpty() && !b.findAll("#card-alignments").isEmpty());
        b.find("#card-alignments li button.remove").click();
        b.waitVisible("#alignment-remove-form");
        b.waitRerender(() -> b.find("#dialog-submit").click());
        b.waitFor("the alignment to go", () -> b.findAll("#card-alignments").isEmpty() && !b.findAll("#card-criterion-add").isEmpty());
        p = person("p-eng");
        assertEquals(0, p.get("criteria").size());
        assertEquals(0, p.get("competitors").size());

        b.openApp(f.accountId(), "en");
        openCard("p-eng");
        assertTrue(b.findAll("#card-criteria").isEmpty() && b.findAll("#card-alignments").isEmpty(), cardText());
    }

    @Test
    void aConcurrentEditOfThePersonShowsTheConflictAndSaveAgainKeepsBoth() {
        b.openApp(f.accountId(), "en");
        openCard("p-ops");
        b.find("#card-criterion-add").click();
        new Select(b.waitVisible("#criterion-category")).selectByValue("QUALITY");
        // Someone else saves Hana with a criterion and a new title meanwhile.
        JsonNode p = person("p-ops");
        Map<String, Object> body = new HashMap<>();
        body.put("name", p.get("name").asText());
        body.put("title", "Head of Network Operations");
        body.put("rank", p.get("rank").asText());
        body.put("orgIds", List.of(p.at("/orgIds/0").asText()));
        body.put("stance", p.get("stance").asText());
        body.put("criteria", List.of(Map.of("category", "TIME", "note", "before the spring freeze")));
        body.put("version", p.get("version").asLong());
        Http.Response theirs = s.http.put(personPath("p-ops"), body);
        assertEquals(200, theirs.status(), theirs.body());

        b.waitRerender(() -> b.find("#dialog-submit").click());
        WebElement message = b.waitVisible("#dialog-message.conflict");
        assertTrue(message.getText().contains("Time"), message.getText());
        assertEquals("Save again", b.find("#dialog-submit").getText());
        assertEquals(1, person("p-ops").get("criteria").size());

        b.waitRerender(() -> b.find("#dialog-submit").click());
        b.waitFor("the dialog to close", () -> !b.find("#dialog").isDisplayed());
        p = person("p-ops");
        assertEquals(List.of("TIME", "QUALITY"), List.of(p.at("/criteria/0/category").asText(), p.at("/criteria/1/category").asText()));
        assertEquals("Head of Network Operations", p.get("title").asText());
        b.waitFor("both criteria in the card", () -> !b.findAll("#card-criteria li").isEmpty() && b.findAll("#card-criteria li").size() == 2);
    }

    @Test
    void aBadCriterionNoteIsNamedByTheServer() {
        b.openApp(f.accountId(), "en");
        openCard("p-buyer");
        b.find("#card-criterion-add").click();
        b.waitVisible("#criterion-note");
        // The field's maxlength stops typing; a scripted value shows the server's own check.
        b.js("document.getElementById('criterion-note').value = 'x'.repeat(501)");
        b.find("#dialog-submit").click();
        WebElement message = b.waitVisible("#dialog-message.error");
        assertTrue(message.getText().contains("criteria"), message.getText());
        assertEquals("true", b.find("#criterion-note").getAttribute("aria-invalid"));
        assertEquals(0, person("p-buyer").get("criteria").size());
        b.find("#dialog-cancel").click();
    }
}
