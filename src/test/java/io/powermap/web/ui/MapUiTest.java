package io.powermap.web.ui;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The browser app against the real server: map, search, filters, focus, languages, escaping, CSP. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MapUiTest extends FixtureUiTest {

    private long visiblePeople() {
        return b.jsLong("return window.powermap.cy.nodes('.person').not('.filtered').length");
    }

    @Test
    @Order(1)
    void drawsTheFixtureMapInBothViews() {
        b.openApp(f.accountId(), "en");
        assertEquals(11, b.jsLong("return window.powermap.cy.nodes('.person').length"));
        assertEquals(f.accountId(), new Select(b.find("#account")).getFirstSelectedOption().getAttribute("value"));
        // 8 formal lines + 7 influence ties; formal lines are taxi edges in the org view.
        assertEquals(15, b.jsLong("return window.powermap.cy.edges().length"));
        assertEquals("taxi", b.jsString("return window.powermap.cy.edges('[type = \"REPORTS_TO\"]')[0].style('curve-style')"));
        assertEquals("dashed", b.jsString("return window.powermap.cy.edges('[type = \"INFLUENCES\"]')[0].style('line-style')"));
        // The org chart is top-down: the chairman is above the CEO, who is above the CTO.
        double chair = ((Number) b.js("return window.powermap.cy.$id(arguments[0]).position('y')", f.person("p-chair"))).doubleValue();
        double ceo = ((Number) b.js("return window.powermap.cy.$id(arguments[0]).position('y')", f.person("p-ceo"))).doubleValue();
        double cto = ((Number) b.js("return window.powermap.cy.$id(arguments[0]).position('y')", f.person("p-cto"))).doubleValue();
        assertTrue(chair < ceo && ceo < cto, chair + " " + ceo + " " + cto);
        // Encoding: role by shape, stance by colour and border style.
        assertEquals("diamond", b.jsString("return window.powermap.cy.$id(arguments[0]).style('shape')", f.person("p-cto")));
        assertEquals("star", b.jsString("return window.powermap.cy.$id(arguments[0]).style('shape')", f.person("p-ceo")));
        assertEquals("dashed", b.jsString("return window.powermap.cy.$id(arguments[0]).style('border-style')", f.person("p-cto")));
        assertEquals("double", b.jsString("return window.powermap.cy.$id(arguments[0]).style('border-style')", f.person("p-arch")));
        // The legend is one click away (closed by default on a 768 px high screen) and remembered.
        assertFalse(b.find("#legend").isDisplayed());
        b.find("#toggle-legend").click();
        assertTrue(b.find("#legend").isDisplayed());
        assertEquals("true", b.find("#toggle-legend").getAttribute("aria-expanded"));
        assertTrue(b.find("#legend").getText().contains("Decision-maker"));
        assertEquals("open", b.jsString("return localStorage.getItem('powermap.legend')"));
        assertTrue(b.find("#overview").getText().contains("Supplier"), b.find("#overview").getText());

        b.waitRerender(() -> b.find("#view-influence").click());
        assertEquals("true", b.find("#view-influence").getAttribute("aria-pressed"));
        assertEquals(11, b.jsLong("return window.powermap.cy.nodes('.person').length"));
        assertEquals("bezier", b.jsString("return window.powermap.cy.edges('[type = \"REPORTS_TO\"]')[0].style('curve-style')"));
        // Laid out: not all people on one spot.
        assertTrue(b.jsLong("return new Set(window.powermap.cy.nodes('.person').map(n => Math.round(n.position('x')) + ',' + Math.round(n.position('y')))).size") >= 10);
        b.waitRerender(() -> b.find("#view-formal").click());
    }

    @Test
    @Order(2)
    void drawsTheDemoMap() {
        String demo = s.demo();
        b.openApp(demo, "en");
        JsonNode graph = s.http.get("/api/accounts/" + demo + "/graph").json();
        assertEquals(graph.at("/elements/nodes").size(), b.jsLong("return window.powermap.cy.nodes('.person').length"));
        assertEquals(graph.at("/elements/edges").size(), b.jsLong("return window.powermap.cy.edges().length"));
        assertTrue(b.jsLong("return window.powermap.lastLayoutMs") < 5000);
    }

    @Test
    @Order(3)
    void searchJumpsToAPersonAndOpensTheCard() {
        b.openApp(f.accountId(), "en");
        WebElement search = b.find("#search");
        search.sendKeys("olga");
        b.waitVisible("#search-results li[role=option]");
        assertTrue(b.find("#search-results").getText().contains("Olga Petrova"));
        search.sendKeys(Keys.ENTER);
        b.waitFor("Olga to be selected", () -> f.person("p-cto").equals(b.js("return window.powermap.cy.$(':selected').id()")));
        assertEquals("Olga Petrova", b.waitVisible("#card-name").getText());
        assertTrue(b.find("#card").getText().contains("Chief Technology Officer"));
        // Organisations are found too; choosing one highlights its members.
        search.clear();
        search.sendKeys("procure");
        b.waitVisible("#search-results li[data-type=org]").click();
        b.waitFor("the members to be highlighted", () -> b.jsLong("return window.powermap.cy.nodes('.person.hl').length") == 3);
        // "/" focuses the search box from anywhere.
        b.find("#map").click();
        b.driver().switchTo().activeElement().sendKeys("/");
        assertEquals("search", b.driver().switchTo().activeElement().getAttribute("id"));
    }

    @Test
    @Order(4)
    void filtersHidePeopleAndTies() {
        b.openApp(f.accountId(), "en");
        assertEquals(11, visiblePeople());
        b.find("#panel-filters input[name=stance][value=NEUTRAL]").click();
        assertEquals(6, visiblePeople()); // 5 neutral people in the fixture
        assertTrue(b.find("#filter-count").getText().contains("6"), b.find("#filter-count").getText());
        new Select(b.find("#filter-org")).selectByVisibleText("\u2003Technology");
        assertEquals(4, visiblePeople()); // Technology minus the neutral ones: CTO, Chen, Sara, Hana
        b.find("#filters-reset").click();
        assertEquals(11, visiblePeople());
        // Tie kinds and strength filter edges only.
        long ties = b.jsLong("return window.powermap.cy.edges('[type = \"INFLUENCES\"]').not('.filtered').length");
        assertEquals(7, ties);
        b.js("const r = document.getElementById('filter-strength'); r.value = '3'; r.dispatchEvent(new Event('input'));");
        assertEquals(2, b.jsLong("return window.powermap.cy.edges('[type = \"INFLUENCES\"]').not('.filtered').length"));
        b.find("#panel-filters input[name=kind][value=REPORTS_TO]").click();
        assertEquals(0, b.jsLong("return window.powermap.cy.edges('[type = \"REPORTS_TO\"]').not('.filtered').length"));
        b.find("#panel-filters input[name=role][value=APPROVER]").click();
        assertEquals(9, visiblePeople());
    }

    @Test
    @Order(5)
    void focusFadesEverythingOutsideTheNeighbourhood() {
        b.openApp(f.accountId(), "en");
        b.js("window.powermap.cy.$id(arguments[0]).emit('tap')", f.person("p-eng"));
        b.waitVisible("#card-focus1").click();
        // Chen Jie: boss Olga, report Sara, ADVICE to Olga, TRUST from Sara.
        b.waitFor("the focus", () -> b.jsLong("return window.powermap.cy.nodes('.person').not('.faded').length") == 3);
        b.find("#card-focus2").click();
        // Two steps: + Olga's boss Li Wei and report Hana.
        b.waitFor("the 2-step focus", () -> b.jsLong("return window.powermap.cy.nodes('.person').not('.faded').length") == 5);
        b.find("#map").sendKeys(Keys.ESCAPE);
        assertEquals(0, b.jsLong("return window.powermap.cy.nodes('.faded').length"));
        // Keyboard: arrows step through people, F focuses.
        b.find("#map").sendKeys(Keys.ARROW_RIGHT);
        String first = b.jsString("return window.powermap.cy.$(':selected').id()");
        assertTrue(first != null && !first.isEmpty());
        b.find("#map").sendKeys(Keys.ARROW_RIGHT);
        assertNotEquals(first, b.jsString("return window.powermap.cy.$(':selected').id()"));
        b.find("#map").sendKeys("f");
        b.waitFor("keyboard focus", () -> b.jsLong("return window.powermap.cy.nodes('.faded').length") > 0);
    }

    @Test
    @Order(6)
    void draggedPositionsAreSavedPerView() {
        b.openApp(f.accountId(), "en");
        String id = f.person("p-reg");
        b.js("const n = window.powermap.cy.$id(arguments[0]); n.position({x: 4321, y: -1234}); n.emit('dragfree');", id);
        b.waitFor("the positions to be saved", () -> s.http.get("/api/accounts/" + f.accountId() + "/positions/formal").json()
                .at("/positions/" + id + "/x").asDouble() == 4321.0);
        b.openApp(f.accountId(), "en");
        assertEquals(4321L, b.jsLong("return Math.round(window.powermap.cy.$id(arguments[0]).position('x'))", id));
        // The influence view keeps its own layout.
        b.waitRerender(() -> b.find("#view-influence").click());
        assertNotEquals(4321L, b.jsLong("return Math.round(window.powermap.cy.$id(arguments[0]).position('x'))", id));
        b.waitRerender(() -> b.find("#view-formal").click());
        b.find("#relayout").click();
        b.waitFor("the saved layout to be forgotten", () -> s.http.get("/api/accounts/" + f.accountId() + "/positions/formal").json()
                .get("positions").size() == 0);
        b.waitFor("the re-layout", () -> b.jsLong("return Math.round(window.powermap.cy.$id(arguments[0]).position('x'))", id) != 4321L);
    }

    @Test
    @Order(7)
    void htmlInANameIsShownAsText() {
        b.openApp(f.accountId(), "en");
        String evil = "<img src=x onerror=alert(1)>";
        b.find("#search").sendKeys("<img");
        b.waitVisible("#search-results li[role=option]");
        assertTrue(b.find("#search-results").getText().contains(evil), b.find("#search-results").getText());
        b.find("#search").sendKeys(Keys.ENTER);
        assertEquals(evil, b.waitVisible("#card-name").getText());
        assertTrue(b.find("#card .subtitle").getText().contains("<b>bold</b> & co"));
        assertEquals(evil + "\n○", b.jsString("return window.powermap.cy.$id(arguments[0]).data('display')", f.person("p-html")));
        assertEquals(0, b.jsLong("return document.querySelectorAll('img').length"));
        assertEquals(0, b.jsLong("return [...document.querySelectorAll('b')].filter(e => e.textContent === 'bold').length"));
        assertThrows(NoAlertPresentException.class, () -> b.driver().switchTo().alert());
        // Edit dialog fields show it as a value, not markup.
        b.find("#card-tie").click();
        assertEquals(0, b.jsLong("return document.querySelectorAll('dialog img').length"));
        assertTrue(b.find("#tie-from").getText().contains(evil));
        b.find("#dialog-cancel").click();
    }

    @Test
    @Order(8)
    void opportunitySwitchRecoloursTheDecisionChain() {
        b.openApp(f.accountId(), "en");
        String ops = f.person("p-ops");
        String advisor = f.person("p-advisor");
        assertEquals("triangle", b.jsString("return window.powermap.cy.$id(arguments[0]).style('shape')", ops));
        b.waitRerender(() -> new Select(b.find("#opportunity")).selectByIndex(1));
        assertEquals("diamond", b.jsString("return window.powermap.cy.$id(arguments[0]).style('shape')", ops));
        assertTrue((Boolean) b.js("return window.powermap.cy.$id(arguments[0]).data('hiddenDM')", advisor));
        assertTrue(b.jsString("return window.powermap.cy.$id(arguments[0]).data('display')", advisor).contains("\u2691"));
        assertTrue(b.find("#overview").getText().contains("5G RAN swap"));
    }

    @Test
    @Order(20)
    void switchesLanguageAndRemembersIt() {
        b.openApp(f.accountId(), "en");
        assertEquals("Org view", b.find("#view-formal").getText());
        b.waitFor("the user menu names who is signed in", () -> !b.find("#user-name").getText().isBlank());
        assertEquals("Sign out", b.find("#sign-out").getText());
        new Select(b.find("#lang")).selectByValue("zh");
        b.waitFor("Chinese", () -> "组织视图".equals(b.find("#view-formal").getText()));
        assertEquals("zh-CN", b.jsString("return document.documentElement.lang"));
        assertEquals("退出登录", b.find("#sign-out").getText());
        assertTrue(b.jsString("return document.getElementById('legend').textContent").contains("决策者"));
        assertTrue(b.find("#panel-filters").getText().contains("态度"));
        // Enum labels on the map follow, and the choice survives a reload.
        b.get("/");
        b.waitIdle();
        assertEquals("组织视图", b.find("#view-formal").getText());
        new Select(b.find("#lang")).selectByValue("ru");
        b.waitFor("Russian", () -> "Оргструктура".equals(b.find("#view-formal").getText()));
        new Select(b.find("#lang")).selectByValue("en");
        b.waitFor("English", () -> "Org view".equals(b.find("#view-formal").getText()));
    }

    @Test
    @Order(30)
    void noCspViolationsOrScriptErrors() {
        b.openApp(f.accountId(), "en");
        b.waitRerender(() -> b.find("#view-influence").click());
        b.find("#tab-analysis").click();
        b.find("#tab-paths").click();
        b.find("#help").click();
        b.find("#dialog button.primary").click();
        b.find("#toggle-legend").click();
        b.assertNoScriptErrors();
        assertFalse(b.consoleLog().stream().anyMatch(l -> l.contains("missing message")), b.consoleLog().toString());
        // The CSP header is on the page itself.
        String csp = s.http.get("/").header("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("style-src 'self'"), csp);
    }
}
