package io.powermap.web.ui;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analysis panel highlights findings and their evidence; the warm path panel finds and shows paths. */
class AnalysisUiTest extends FixtureUiTest {

    private JsonNode analysis;

    @BeforeAll
    void prepare() {
        analysis = s.http.get("/api/accounts/" + f.accountId() + "/analysis").json();
    }

    @Test
    void highlightsAHiddenDecisionMakerAndTheEvidence() {
        assertTrue(analysis.get("hidden").size() > 0, analysis.toString());
        JsonNode hidden = analysis.get("hidden").get(0);
        b.openApp(f.accountId(), "en");
        assertTrue(b.find("#overview").getText().contains("Red flags"), b.find("#overview").getText());
        b.find("#tab-analysis").click();
        WebElement entry = b.waitVisible("#analysis-hidden li button");
        assertTrue(entry.getText().contains(hidden.get("name").asText()), entry.getText());
        entry.click();
        b.waitFor("the evidence", () -> b.jsLong("return window.powermap.cy.edges('.hl').length") > 0);
        assertEquals(hidden.get("personId").asText(), b.jsString("return window.powermap.cy.$('.hl-root').id()"));
        long evidenceTies = 0;
        for (JsonNode ev : hidden.get("evidence")) {
            evidenceTies += ev.get("ties").size();
        }
        assertTrue(b.jsLong("return window.powermap.cy.edges('.hl').length") >= Math.min(1, evidenceTies));
        for (JsonNode ev : hidden.get("evidence")) {
            for (JsonNode n : ev.get("nodes")) {
                assertTrue((Boolean) b.js("return window.powermap.cy.$id(arguments[0]).hasClass('hl')", n.asText()), n.asText());
            }
        }
        assertTrue(b.jsLong("return window.powermap.cy.nodes('.faded').length") > 0);
        assertEquals("true", b.find("#analysis-hidden li button").getAttribute("aria-pressed"));
        // The badge is on the map too.
        assertTrue(b.jsString("return window.powermap.cy.$id(arguments[0]).data('display')", hidden.get("personId").asText()).contains("\u2691"));
        // Clicking again clears it.
        b.find("#analysis-hidden li button").click();
        b.waitFor("the highlight to clear", () -> b.jsLong("return window.powermap.cy.elements('.hl, .faded').length") == 0);
        // Red flags and coverage are listed.
        assertEquals(analysis.at("/coverage/redFlags").size(), b.findAll("#analysis-flags li").size());
        assertEquals(analysis.at("/coverage/members").size(), b.findAll("#analysis-coverage li").size());
    }

    @Test
    void clearingAHighlightAppliesTheFiltersAgain() {
        b.openApp(f.accountId(), "en");
        String olga = f.person("p-cto"); // the only opposed person of the fixture
        b.find("#panel-filters input[name=stance][value=OPPOSED]").click();
        b.waitFor("Olga filtered out", () -> (Boolean) b.js("return window.powermap.cy.$id(arguments[0]).hasClass('filtered')", olga));
        String count = b.find("#filter-count").getText();
        // Her coverage entry shows her although the filters hide her...
        b.find("#tab-analysis").click();
        b.waitVisible("#analysis-coverage button[data-key='member:" + olga + "']").click();
        b.waitFor("Olga highlighted", () -> (Boolean) b.js("return window.powermap.cy.$id(arguments[0]).hasClass('hl')", olga));
        assertFalse((Boolean) b.js("return window.powermap.cy.$id(arguments[0]).hasClass('filtered')", olga));
        // ...and once the highlight is cleared the filters hide her again, as their count says.
        b.find("#analysis-clear").click();
        b.waitFor("the highlight to clear", () -> b.jsLong("return window.powermap.cy.elements('.hl, .faded').length") == 0);
        assertTrue((Boolean) b.js("return window.powermap.cy.$id(arguments[0]).hasClass('filtered')", olga));
        assertFalse((Boolean) b.js("return window.powermap.cy.$id(arguments[0]).visible()", olga));
        b.find("#tab-filters").click();
        assertEquals(count, b.find("#filter-count").getText());
        b.assertNoScriptErrors();
    }

    @Test
    void aHighlightStaysOverAViewSwitchAndEndsWithNewData() {
        JsonNode hidden = analysis.get("hidden").get(0);
        String id = hidden.get("personId").asText();
        b.openApp(f.accountId(), "en");
        b.find("#tab-analysis").click();
        b.waitVisible("#analysis-hidden li button").click();
        b.waitFor("the highlight", () -> id.equals(b.jsString("return window.powermap.cy.$('.hl-root').id()")));
        long ties = b.jsLong("return window.powermap.cy.edges('.hl').length");

        // The same data in the other view: still highlighted, as the panel says.
        b.waitRerender(() -> b.find("#view-influence").click());
        assertEquals(id, b.jsString("return window.powermap.cy.$('.hl-root').id()"));
        assertEquals(ties, b.jsLong("return window.powermap.cy.edges('.hl').length"));
        assertTrue(b.jsLong("return window.powermap.cy.nodes('.faded').length") > 0);
        assertEquals("true", b.find("#analysis-hidden li button").getAttribute("aria-pressed"));
        assertFalse(b.findAll("#analysis-clear").isEmpty());

        // New data (another opportunity) ends it: the map and the panel agree, and one click highlights again.
        b.waitRerender(() -> new Select(b.find("#opportunity")).selectByIndex(1));
        b.waitIdle();
        assertEquals(0, b.jsLong("return window.powermap.cy.elements('.hl, .faded').length"));
        assertEquals("false", b.find("#analysis-hidden li button").getAttribute("aria-pressed"));
        assertTrue(b.findAll("#analysis-clear").isEmpty());
        b.find("#analysis-hidden li button").click();
        b.waitFor("the highlight again", () -> b.jsLong("return window.powermap.cy.elements('.hl').length") > 0);
        b.find("#analysis-clear").click();
        b.waitRerender(() -> b.find("#view-formal").click());
        b.assertNoScriptErrors();
    }

    @Test
    void keyboardUsersKeepTheirPlaceWhenAPanelRedraws() {
        b.openApp(f.accountId(), "en");
        String active = "const e = document.activeElement; return (e.id || e.tagName) + '|' + (e.dataset.key || e.dataset.path || '') + '|' + e.textContent";
        // An analysis entry: Enter highlights, Enter again clears, and the focus stays on the entry.
        b.find("#tab-analysis").click();
        WebElement entry = b.waitVisible("#analysis-hidden li button");
        String key = entry.getAttribute("data-key");
        b.js("arguments[0].focus()", entry);
        b.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        b.waitFor("the highlight", () -> b.jsLong("return window.powermap.cy.elements('.hl').length") > 0);
        assertTrue(b.jsString(active).startsWith("BUTTON|" + key + "|"), b.jsString(active));
        assertEquals("true", b.find("#analysis-hidden li button").getAttribute("aria-pressed"));
        b.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        b.waitFor("the highlight to clear", () -> b.jsLong("return window.powermap.cy.elements('.hl, .faded').length") == 0);
        assertTrue(b.jsString(active).startsWith("BUTTON|" + key + "|"), b.jsString(active));

        // The filters' None and Reset buttons redraw the panel too.
        b.find("#tab-filters").click();
        WebElement none = b.findAll("#panel-filters fieldset").get(1).findElements(By.cssSelector("button.link")).get(1);
        b.js("arguments[0].focus()", none);
        b.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        b.waitFor("no stance passing", () -> b.find("#filter-count").getText().startsWith("Showing 0 of"));
        assertEquals("BUTTON||None", b.jsString(active));
        assertTrue(b.find("#panel-filters").findElements(By.cssSelector("fieldset")).get(1)
                .findElements(By.cssSelector("button.link")).get(1).equals(b.driver().switchTo().activeElement()),
                "the focus is on the stance group's None, not another group's");
        b.js("document.getElementById('filters-reset').focus()");
        b.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        b.waitFor("everyone again", () -> b.find("#filter-count").getText().equals("Showing 11 of 11 people"));
        assertTrue(b.jsString(active).startsWith("filters-reset|"), b.jsString(active));
        b.assertNoScriptErrors();
    }

    @Test
    void switchingToChineseSaysTheReasonsInChineseInThePanelAndTheCard() {
        JsonNode hidden = analysis.get("hidden").get(0);
        b.openApp(f.accountId(), "en");
        b.find("#tab-analysis").click();
        String english = b.waitVisible("#analysis-hidden li button").getText();
        assertTrue(english.contains("decision influence above"), english);
        b.js("window.powermap.cy.$id(arguments[0]).emit('tap')", hidden.get("personId").asText());
        b.waitFor("the card's why", () -> b.find("#card").getText().contains("decision influence above"));

        new Select(b.find("#lang")).selectByValue("zh");
        b.waitFor("Chinese reasons in the panel", () -> b.find("#analysis-hidden").getText().contains("决策影响力高于客户中"));
        String panel = b.find("#analysis-hidden").getText();
        assertFalse(panel.contains("decision influence above") || panel.contains("is not on the org chart"), panel);
        String card = b.find("#card").getText();
        assertTrue(card.contains("决策影响力高于客户中"), card);
        assertFalse(card.contains("decision influence above"), card);
        for (JsonNode flag : analysis.at("/coverage/redFlags")) {
            assertFalse(b.find("#analysis-flags").getText().contains(flag.get("message").asText()), "flag in English: " + flag);
        }
        new Select(b.find("#lang")).selectByValue("en");
        b.waitFor("English again", () -> b.find("#analysis-hidden").getText().contains("decision influence above"));
        b.assertNoScriptErrors();
    }

    @Test
    void findsAndHighlightsAWarmPath() {
        b.openApp(f.accountId(), "en");
        b.js("window.powermap.cy.$id(arguments[0]).emit('tap')", f.person("p-eng"));
        b.waitVisible("#card-path").click();
        b.waitVisible("#path-staff");
        List<String> staff = new Select(b.find("#path-staff")).getOptions().stream().map(WebElement::getText).toList();
        assertTrue(staff.stream().anyMatch(t -> t.startsWith("Anna Berg")), staff.toString());
        new Select(b.find("#path-staff")).selectByVisibleText("Anna Berg · Account Director");
        assertEquals(f.person("p-eng"), new Select(b.find("#path-target")).getFirstSelectedOption().getAttribute("value"));
        b.find("#path-find").click();
        WebElement first = b.waitVisible("#path-results button[data-path='0']");
        // Anna knows Sara Lind, who trusts... Sara -> Chen Jie is the obvious warm route.
        assertTrue(first.getText().startsWith("1. Anna Berg"), first.getText());
        assertTrue(first.getText().contains("Chen Jie"), first.getText());
        assertEquals("true", first.getAttribute("aria-pressed"));
        assertTrue((Boolean) b.js("return window.powermap.cy.$id(arguments[0]).hasClass('hl')", f.person("p-eng")));
        assertTrue(b.jsLong("return window.powermap.cy.edges('.hl').length") >= 1);
        // The analysis panel offers to clear it, as for its own highlights.
        b.find("#tab-analysis").click();
        assertFalse(b.findAll("#analysis-clear").isEmpty(), "a Clear highlight button for the warm path");
        b.find("#tab-paths").click();
        // Another language: the paths stay listed (and shown) in it.
        String listed = b.find("#path-results").getText();
        new Select(b.find("#lang")).selectByValue("ru");
        b.waitFor("Russian labels", () -> b.find("#tab-paths").getText().equals("Тёплый путь"));
        b.waitFor("the paths listed in Russian", () -> b.find("#path-results").getText().startsWith("Путей:"));
        assertEquals("true", b.find("#path-results button[data-path='0']").getAttribute("aria-pressed"));
        assertTrue(b.find("#path-results button[data-path='0']").getText().contains("Chen Jie"));
        assertTrue((Boolean) b.js("return window.powermap.cy.$id(arguments[0]).hasClass('hl')", f.person("p-eng")));
        new Select(b.find("#lang")).selectByValue("en");
        b.waitFor("the paths listed in English", () -> b.find("#path-results").getText().equals(listed));
        first = b.find("#path-results button[data-path='0']");
        first.click();
        b.waitFor("the path highlight to clear", () -> b.jsLong("return window.powermap.cy.elements('.hl').length") == 0);
        assertFalse(b.find("#path-results").getText().isEmpty());
        assertEquals("0", b.jsString("return document.activeElement.dataset.path"), "the focus stays on the path's button");
    }

    /** English counts: "1 red flag", "2 red flags". */
    private static String en(int n, String one, String other) {
        return n + " " + (n == 1 ? one : other);
    }

    @Test
    void theSummaryCountsInEachLanguagesPluralForms() {
        b.openApp(f.accountId(), "en");
        b.find("#tab-analysis").click();
        int flags = analysis.at("/coverage/redFlags").size();
        int coaches = analysis.get("coaches").size();
        int hidden = analysis.get("hidden").size();
        assertEquals(en(flags, "red flag", "red flags") + " · " + en(coaches, "coach", "coaches") + " · "
                + en(hidden, "hidden decision-maker", "hidden decision-makers"), b.waitVisible("#analysis-summary").getText());
        // Counts the fixture does not have, through the page's own messages.
        String summary = "return import('/js/i18n.js').then((m) => m.t('analysis.summary', {flags: arguments[0], coaches: arguments[1], hidden: arguments[2]}))";
        assertEquals("1 red flag · 1 coach · 1 hidden decision-maker", b.jsString(summary, 1, 1, 1));
        assertEquals("0 red flags · 2 coaches · 11 hidden decision-makers", b.jsString(summary, 0, 2, 11));
        String count = "return import('/js/i18n.js').then((m) => m.t(arguments[0], {n: arguments[1]}))";
        assertEquals("1 day ago", b.jsString(count, "card.daysAgo", 1));
        assertEquals("3 days ago", b.jsString(count, "card.daysAgo", 3));
        assertEquals("1 person", b.jsString(count, "lod.people", 1));
        assertEquals("1 tie", b.jsString(count, "lod.ties", 1));
        assertEquals("1 member", b.jsString(count, "search.members", 1));
        assertEquals("1 path", b.jsString(count, "paths.results", 1));
        assertEquals("2 paths, best first", b.jsString(count, "paths.results", 2));

        // Russian: one, few, many.
        b.find("#lang option[value='ru']").click();
        b.waitFor("Russian labels", () -> b.find("#tab-analysis").getText().equals("Анализ"));
        assertEquals("1 тревожный сигнал · 3 коуча · 5 скрытых ЛПР", b.jsString(summary, 1, 3, 5));
        assertEquals("21 тревожный сигнал · 1 коуч · 1 скрытое ЛПР", b.jsString(summary, 21, 1, 1));
        assertEquals("0 тревожных сигналов · 11 коучей · 22 скрытых ЛПР", b.jsString(summary, 0, 11, 22));
        assertEquals(b.jsString(summary, flags, coaches, hidden), b.find("#analysis-summary").getText());
        // Chinese has one form.
        b.find("#lang option[value='zh']").click();
        b.waitFor("Chinese labels", () -> b.find("#tab-visits").getText().equals("拜访"));
        assertEquals("1 个风险警示 · 2 名教练 · 1 名隐性决策者", b.jsString(summary, 1, 2, 1));
        b.assertNoScriptErrors();
    }
}
