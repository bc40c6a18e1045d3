package io.powermap.web.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editing in place: stance changes, the 409 of a concurrent edit, people and ties added, edited, deleted. */
class EditUiTest extends FixtureUiTest {

    private String personPath(String ext) {
        return "/api/accounts/" + f.accountId() + "/people/" + f.person(ext);
    }

    private JsonNode person(String ext) {
        return s.http.get(personPath(ext)).json();
    }

    private void select(String ext) {
        b.js("window.powermap.cy.$id(arguments[0]).emit('tap')", f.person(ext));
        b.waitVisible("#card-name");
    }

    private String nodeStance(String ext) {
        return b.jsString("return window.powermap.cy.$id(arguments[0]).data('stance')", f.person(ext));
    }

    @Test
    void changesAStanceAndRecordsItInTheHistory() {
        b.openApp(f.accountId(), "en");
        select("p-ceo");
        b.find("#card-stance").click();
        new Select(b.waitVisible("#stance-select")).selectByValue("CHAMPION");
        b.find("#stance-note").sendKeys("backed us at the board meeting");
        b.waitRerender(() -> b.find("#dialog-submit").click());
        assertEquals("CHAMPION", nodeStance("p-ceo"));
        assertEquals("double", b.jsString("return window.powermap.cy.$id(arguments[0]).style('border-style')", f.person("p-ceo")));
        JsonNode p = person("p-ceo");
        assertEquals("CHAMPION", p.get("stance").asText());
        assertEquals("backed us at the board meeting", p.at("/stanceHistory").get(p.at("/stanceHistory").size() - 1).get("note").asText());
        b.waitFor("the history in the card", () -> b.find("#card-history").getText().contains("backed us at the board meeting"));
        assertFalse(b.find("#dialog").isDisplayed());
    }

    @Test
    void aConcurrentStanceEditShowsTheConflictReloadsAndKeepsTheChange() {
        b.openApp(f.accountId(), "en");
        select("p-cto");
        b.find("#card-stance").click();
        new Select(b.waitVisible("#stance-select")).selectByValue("SUPPORTIVE");
        // Someone else changes Olga in the meantime.
        long version = person("p-cto").get("version").asLong();
        Http.Response theirs = s.http.post(personPath("p-cto") + "/stance", Map.of("stance", "NEUTRAL", "note", "their edit", "version", version));
        assertEquals(200, theirs.status(), theirs.body());

        b.waitRerender(() -> b.find("#dialog-submit").click());
        WebElement message = b.waitVisible("#dialog-message.conflict");
        assertTrue(message.getText().contains("changed by someone else"), message.getText());
        assertTrue(message.getText().contains("Neutral"), message.getText());
        // The map shows their version; the dialog still holds ours; nothing was lost.
        assertEquals("NEUTRAL", nodeStance("p-cto"));
        assertEquals("SUPPORTIVE", new Select(b.find("#stance-select")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("Save again", b.find("#dialog-submit").getText());
        assertEquals("NEUTRAL", person("p-cto").get("stance").asText());

        b.waitRerender(() -> b.find("#dialog-submit").click());
        b.waitFor("the dialog to close", () -> !b.find("#dialog").isDisplayed());
        assertEquals("SUPPORTIVE", nodeStance("p-cto"));
        assertEquals("SUPPORTIVE", person("p-cto").get("stance").asText());
    }

    @Test
    void aConcurrentPersonEditNamesWhatTheyChangedAndKeepsTheForm() {
        b.openApp(f.accountId(), "en");
        select("p-arch");
        b.find("#card-edit").click();
        WebElement notes = b.waitVisible("#person-form textarea[name=notes]");
        notes.sendKeys("met at the 5G summit");
        JsonNode p = person("p-arch");
        Map<String, Object> body = new java.util.HashMap<>();
        for (String k : new String[] {"name", "rank", "reportsTo", "decisionRole", "stance", "risingStar", "onOrgChart", "notes"}) {
            body.put(k, p.get(k).isNull() ? null : p.get(k).isBoolean() ? p.get(k).asBoolean() : p.get(k).asText());
        }
        body.put("title", "Principal Network Architect");
        body.put("orgIds", java.util.List.of(p.at("/orgIds/0").asText()));
        body.put("version", p.get("version").asLong());
        Http.Response theirs = s.http.put(personPath("p-arch"), body);
        assertEquals(200, theirs.status(), theirs.body());

        b.waitRerender(() -> b.find("#dialog-submit").click());
        WebElement message = b.waitVisible("#dialog-message.conflict");
        assertTrue(message.getText().contains("job title"), message.getText());
        assertEquals("met at the 5G summit", b.find("#person-form textarea[name=notes]").getAttribute("value"));
        // Keep their title, then save ours again.
        WebElement title = b.find("#person-title");
        title.clear();
        title.sendKeys("Principal Network Architect");
        b.waitRerender(() -> b.find("#dialog-submit").click());
        b.waitFor("the dialog to close", () -> !b.find("#dialog").isDisplayed());
        JsonNode after = person("p-arch");
        assertEquals("met at the 5G summit", after.get("notes").asText());
        assertEquals("Principal Network Architect", after.get("title").asText());
    }

    @Test
    void addsEditsAndDeletesAPersonAndATie() {
        b.openApp(f.accountId(), "en");
        long before = b.jsLong("return window.powermap.cy.nodes('.person').length");
        b.find("#add-person").click();
        b.waitVisible("#person-name").sendKeys("Test Newcomer");
        b.find("#person-title").sendKeys("Head of Innovation");
        new Select(b.find("#person-form select[name=reportsTo]")).selectByVisibleText("Li Wei");
        new Select(b.find("#person-form select[name=decisionRole]")).selectByValue("INFLUENCER");
        b.waitRerender(() -> b.find("#dialog-submit").click());
        assertEquals(before + 1, b.jsLong("return window.powermap.cy.nodes('.person').length"));
        String newId = b.jsString("return window.powermap.cy.nodes('.person').filter(n => n.data('name') === 'Test Newcomer').id()");
        assertEquals("triangle", b.jsString("return window.powermap.cy.$id(arguments[0]).style('shape')", newId));
        assertEquals(1, b.jsLong("return window.powermap.cy.$id(arguments[0]).incomers('edge[type = \"REPORTS_TO\"]').length", newId));
        assertEquals("Test Newcomer", b.waitVisible("#card-name").getText());

        // A tie from the new person to Olga, from the card.
        b.find("#card-tie").click();
        new Select(b.waitVisible("#tie-to")).selectByVisibleText("Olga Petrova");
        new Select(b.find("#tie-kind")).selectByValue("FRIEND");
        new Select(b.find("#tie-strength")).selectByValue("3");
        b.waitRerender(() -> b.find("#dialog-submit").click());
        String edge = "return window.powermap.cy.edges('[type = \"INFLUENCES\"]').filter(e => e.data('source') === arguments[0] && e.data('target') === arguments[1])";
        assertEquals(1, b.jsLong(edge + ".length", newId, f.person("p-cto")));
        assertEquals(5L, b.jsLong(edge + "[0].style('width').replace('px', '') * 1", newId, f.person("p-cto")));

        // Edit the tie from its card, then delete it.
        b.js(edge.replace("return ", "") + "[0].emit('tap')", newId, f.person("p-cto"));
        b.waitVisible("#tie-edit").click();
        new Select(b.waitVisible("#tie-strength")).selectByValue("1");
        b.waitRerender(() -> b.find("#dialog-submit").click());
        assertEquals(1L, b.jsLong(edge + "[0].data('strength')", newId, f.person("p-cto")));
        // The open tie card shows the tie as saved, and deleting from it is no false conflict.
        b.waitFor("the tie card to show the new strength", () -> b.find("#card").getText().contains("1 weak"));
        assertFalse(b.find("#card").getText().contains("3 strong"), b.find("#card").getText());
        b.find("#tie-delete").click();
        b.waitRerender(() -> b.waitVisible("#dialog-submit").click());
        assertEquals(0, b.jsLong(edge + ".length", newId, f.person("p-cto")));
        assertFalse(b.find("#dialog").isDisplayed());
        assertTrue(b.find("#card").getAttribute("hidden") != null, "the deleted tie's card is closed");

        // Bad input from the server is shown against the field and nothing is written.
        b.find("#add-tie").click();
        new Select(b.waitVisible("#tie-from")).selectByVisibleText("Test Newcomer");
        new Select(b.find("#tie-to")).selectByVisibleText("Olga Petrova");
        WebElement confidence = b.find("#tie-form input[name=confidence]");
        confidence.clear();
        confidence.sendKeys("5");
        b.find("#dialog-submit").click();
        WebElement error = b.waitVisible("#dialog-message.error");
        assertTrue(error.getText().contains("confidence"), error.getText());
        assertEquals("true", confidence.getAttribute("aria-invalid"));
        b.find("#dialog-cancel").click();

        // Delete the person.
        b.js("window.powermap.cy.$id(arguments[0]).emit('tap')", newId);
        b.waitVisible("#card-delete").click();
        b.waitRerender(() -> b.waitVisible("#dialog-submit").click());
        assertEquals(before, b.jsLong("return window.powermap.cy.nodes('.person').length"));
        assertEquals(404, s.http.get("/api/accounts/" + f.accountId() + "/people/" + newId).status());
        b.find("#map").sendKeys(Keys.ESCAPE);
    }

    @Test
    void aDeleteAfterAConflictOffersToDeleteAgain() {
        Http.Response created = s.http.post("/api/accounts/" + f.accountId() + "/people", Map.of("name", "Short Lived", "stance", "NEUTRAL"));
        assertEquals(201, created.status(), created.body());
        String id = created.json().get("id").asText();
        b.openApp(f.accountId(), "en");
        b.js("window.powermap.cy.$id(arguments[0]).emit('tap')", id);
        b.waitVisible("#card-delete").click();
        assertEquals("Delete", b.waitVisible("#dialog-submit").getText());
        // Someone else changes them meanwhile: the delete is a 409, and the button says what it does.
        long version = created.json().get("version").asLong();
        Http.Response theirs = s.http.post("/api/accounts/" + f.accountId() + "/people/" + id + "/stance",
                Map.of("stance", "SUPPORTIVE", "note", "their edit", "version", version));
        assertEquals(200, theirs.status(), theirs.body());
        b.waitRerender(() -> b.find("#dialog-submit").click());
        b.waitVisible("#dialog-message.conflict");
        assertEquals("Delete again", b.find("#dialog-submit").getText());
        b.waitRerender(() -> b.find("#dialog-submit").click());
        b.waitFor("the dialog to close", () -> !b.find("#dialog").isDisplayed());
        assertEquals(404, s.http.get("/api/accounts/" + f.accountId() + "/people/" + id).status());
        b.assertNoScriptErrors();
    }

    @Test
    void setsARoleInTheSelectedDealOnly() {
        b.openApp(f.accountId(), "en");
        b.waitRerender(() -> new Select(b.find("#opportunity")).selectByIndex(1));
        String oppId = new Select(b.find("#opportunity")).getFirstSelectedOption().getAttribute("value");
        select("p-cpo");
        b.find("#card-deal-role").click();
        new Select(b.waitVisible("#deal-role")).selectByValue("APPROVER");
        b.find("#deal-hidden").click();
        b.waitRerender(() -> b.find("#dialog-submit").click());
        assertEquals("star", b.jsString("return window.powermap.cy.$id(arguments[0]).style('shape')", f.person("p-cpo")));
        assertTrue(b.jsString("return window.powermap.cy.$id(arguments[0]).data('display')", f.person("p-cpo")).contains("\u2691"));
        JsonNode opp = s.http.get("/api/accounts/" + f.accountId() + "/opportunities/" + oppId).json();
        boolean found = false;
        for (JsonNode r : opp.get("roles")) {
            found |= r.get("personId").asText().equals(f.person("p-cpo")) && r.get("decisionRole").asText().equals("APPROVER")
                    && r.get("hidden").asBoolean();
        }
        assertTrue(found, opp.toString());
        assertEquals(3, opp.get("roles").size(), "the other roles of the deal are kept: " + opp);
        // The account-wide role is untouched.
        b.waitRerender(() -> new Select(b.find("#opportunity")).selectByIndex(0));
        assertEquals("diamond", b.jsString("return window.powermap.cy.$id(arguments[0]).style('shape')", f.person("p-cpo")));
        assertEquals("DECISION_MAKER", person("p-cpo").get("decisionRole").asText());
    }
}
