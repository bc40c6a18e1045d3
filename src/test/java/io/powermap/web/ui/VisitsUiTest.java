package io.powermap.web.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.support.Documents;
import io.powermap.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The visits panel plans a visit end to end; the data dialog imports with progress and links the exports. */
class VisitsUiTest extends FixtureUiTest {

    private String base() {
        return "/api/accounts/" + f.accountId();
    }

    @Test
    void plansAVisitTakesProposalsAndOpensTheBrief() {
        b.openApp(f.accountId(), "en");
        b.find("#tab-visits").click();
        b.waitFor("the empty visit list", () -> b.find("#panel-visits").getText().contains("No visit planned"));

        // Create it through the dialog; a missing date is a field error, nothing is written.
        b.find("#visit-new").click();
        b.waitVisible("#visit-form input[name=objective]").sendKeys("Win the COO's sponsorship");
        b.find("#visit-form input[name=staff][value='" + staffId("Tom Hale") + "']").click();
        b.find("#dialog-submit").click();
        b.waitFor("the date error", () -> "true".equals(b.find("#visit-form input[name=date]").getAttribute("aria-invalid")));
        assertEquals(0, s.http.get(base() + "/visits").json().size());
        b.js("const d = document.querySelector('#visit-form input[name=date]'); d.value = '2026-12-07';");
        b.find("#dialog-submit").click();
        b.waitVisible("#visit-details");
        JsonNode visits = s.http.get(base() + "/visits").json();
        assertEquals(1, visits.size());
        String visitId = visits.get(0).get("id").asText();
        JsonNode visit = s.http.get(base() + "/visits/" + visitId).json();
        assertEquals("Win the COO's sponsorship", visit.get("objective").asText());
        assertEquals("Tom Hale", visit.at("/staff/0/name").asText());

        // The proposals are the planner's, in its order.
        JsonNode proposals = s.http.get(base() + "/visits/" + visitId + "/proposals?limit=10").json().get("proposals");
        assertTrue(b.find("#visit-proposals").getText().contains("decision influence"), b.find("#visit-proposals").getText());
        assertTrue(proposals.size() >= 3, proposals.toString());
        List<String> shown = new ArrayList<>();
        for (WebElement li : b.findAll("#visit-proposals li")) {
            shown.add(li.getAttribute("data-person"));
        }
        List<String> expected = new ArrayList<>();
        proposals.forEach(p -> expected.add(p.get("personId").asText()));
        assertEquals(expected, shown);

        // Take the first two proposals, then drop the first again.
        String first = expected.get(0);
        String second = expected.get(1);
        addProposal(first);
        addProposal(second);
        assertEquals(List.of(first, second), targets(visitId));
        assertEquals(2, b.findAll("#visit-targets li").size());
        b.find("#visit-targets li[data-person='" + first + "'] button.remove").click();
        b.waitFor("the target to go", () -> b.findAll("#visit-targets li").size() == 1);
        assertEquals(List.of(second), targets(visitId));

        // Someone else edits the visit meanwhile: the next change is a 409, said plainly, and the visit reloads.
        JsonNode current = s.http.get(base() + "/visits/" + visitId).json();
        Map<String, Object> body = new HashMap<>();
        body.put("date", current.get("date").asText());
        body.put("objective", "Changed elsewhere");
        body.put("status", "PLANNED");
        body.put("staffIds", List.of(staffId("Tom Hale")));
        body.put("targetIds", List.of(second));
        body.put("version", current.get("version").asLong());
        assertEquals(200, s.http.put(base() + "/visits/" + visitId, body).status());
        b.find("#visit-proposals li[data-person='" + expected.get(2) + "'] button.add").click();
        b.waitFor("the conflict notice", () -> b.find("#toast").getText().contains("Someone else changed this visit"));
        b.waitFor("the reloaded visit", () -> b.find("#visit-details h3").getText().equals("Changed elsewhere"));
        assertEquals(List.of(second), targets(visitId));

        // The brief opens in the user's language.
        String href = b.find("#visit-brief").getAttribute("href");
        assertTrue(href.endsWith("/visits/" + visitId + "/brief?format=html&lang=en"), href);
        assertTrue(b.find("#visit-brief-pdf").getAttribute("href").endsWith("format=pdf&lang=en"));
        b.find("#lang option[value='zh']").click();
        b.waitFor("Chinese labels", () -> b.find("#tab-visits").getText().equals("拜访"));
        b.waitFor("the brief link in Chinese", () -> b.find("#visit-brief").getAttribute("href").endsWith("lang=zh"));
        // The planner's reasons follow the language too.
        b.waitFor("Chinese proposal reasons", () -> b.find("#visit-proposals").getText().contains("决策影响力"));
        assertFalse(b.find("#visit-proposals").getText().contains("decision influence"), b.find("#visit-proposals").getText());
        b.driver().get(b.find("#visit-brief").getAttribute("href"));
        String brief = b.driver().findElement(By.tagName("body")).getText();
        assertTrue(brief.contains("Changed elsewhere"), brief);
        assertTrue(brief.contains("高层拜访简报"), brief);
        b.assertNoScriptErrors();
    }

    @Test
    void theVisitTargetsShownOnTheMapCanBeClearedFromTheAnalysisPanel() {
        // An account of its own: the other tests here count this one's visits.
        UiSession.Fixture g = s.fixture();
        s.planVisit(g, "2026-12-14", "Show and clear", "p-ceo", "p-cto");
        b.openApp(g.accountId(), "en");
        b.find("#tab-visits").click();
        b.waitFor("the visit", () -> !b.findAll("#visit-details").isEmpty() && b.find("#visit-details h3").getText().equals("Show and clear"));
        b.find("#visit-show").click();
        b.waitFor("the targets highlighted", () -> b.jsLong("return window.powermap.cy.nodes('.hl').length") >= 2);
        b.find("#tab-analysis").click();
        b.waitVisible("#analysis-clear").click();
        b.waitFor("the highlight to clear", () -> b.jsLong("return window.powermap.cy.elements('.hl, .faded').length") == 0);
        assertTrue(b.findAll("#analysis-clear").isEmpty());
        b.assertNoScriptErrors();
    }

    @Test
    void anEndedSessionSendsTheBriefReportAndExportLinksToSignInAndBack() throws Exception {
        UiSession.Fixture g = s.fixture();
        s.planVisit(g, "2026-12-21", "Brief after the session", "p-ceo");
        Path downloads = Files.createTempDirectory("powermap-ui-downloads");
        try (Browser fresh = Browser.open(s.app.port(), 1200, 800)) {
            fresh.driver().executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            fresh.openApp(g.accountId(), "en");
            String appWindow = fresh.driver().getWindowHandle();
            fresh.find("#tab-visits").click();
            fresh.waitVisible("#visit-brief");
            Supplier<Boolean> brief = () -> fresh.driver().findElement(By.tagName("body")).getText().contains("Brief after the session");
            // With a session the brief opens in a tab of its own.
            String tab = newTab(fresh, () -> fresh.find("#visit-brief").click());
            fresh.waitFor("the brief", brief);
            closeTab(fresh, tab, appWindow);

            // The session ends elsewhere (signed out in another tab, say). Each link opens its tab on the
            // sign-in page, which goes on to what was asked for; the app's tab stays as it is.
            endSession(fresh);
            tab = newTab(fresh, () -> fresh.find("#visit-brief").click());
            signInThere(fresh, "/visits/");
            fresh.waitFor("the brief after signing in", brief);
            closeTab(fresh, tab, appWindow);

            endSession(fresh);
            fresh.find("#data").click();
            WebElement csv = fresh.waitVisible("#export-links a[data-format='csv']");
            tab = newTab(fresh, csv::click);
            signInThere(fresh, "%2Fexport%3Fformat%3Dcsv");
            Path zip = downloads.resolve("powermap-" + g.accountId() + "-csv.zip");
            fresh.waitFor("the export downloaded after signing in", () -> Files.exists(zip));
            closeTab(fresh, tab, appWindow);
            fresh.find("#dialog-cancel").click();

            endSession(fresh);
            fresh.find("#export").click();
            WebElement report = fresh.waitVisible("#export-report");
            tab = newTab(fresh, report::click);
            signInThere(fresh, "%2Freport%3Fformat%3Dpdf");
            // Shown (or, where the browser has no PDF viewer, saved): either way the report was served.
            fresh.waitFor("the report after signing in", () -> fresh.driver().getCurrentUrl().contains("/report?format=pdf")
                    || Files.exists(downloads.resolve("account-report-" + g.accountId() + "-en.pdf")));
            closeTab(fresh, tab, appWindow);

            assertFalse(fresh.driver().getCurrentUrl().contains("/login.html"), "the app's tab stays the app");
            assertTrue(fresh.find("#visit-brief").isDisplayed());
            fresh.assertNoScriptErrors();
        }
    }

    /** Ends the browser's session on the server, as signing out in another tab does; the browser keeps its dead cookie. */
    private void endSession(Browser browser) {
        String session = browser.driver().manage().getCookieNamed(Http.COOKIE).getValue();
        assertEquals(204, Http.anonymous(s.app.port()).withSession(session).post("/api/logout", Map.of()).status());
    }

    /** Runs `click`, which opens a tab, and switches to it. */
    private static String newTab(Browser browser, Runnable click) {
        Set<String> before = browser.driver().getWindowHandles();
        click.run();
        browser.waitFor("a new tab", () -> browser.driver().getWindowHandles().size() > before.size());
        String tab = browser.driver().getWindowHandles().stream().filter(w -> !before.contains(w)).findFirst().orElseThrow();
        browser.driver().switchTo().window(tab);
        return tab;
    }

    /** On the sign-in page the tab was sent to (with the document as its way back), signs in. */
    private static void signInThere(Browser browser, String next) {
        browser.waitFor("the sign-in page", () -> browser.driver().getCurrentUrl().contains("/login.html?next=%2Fapi%2Faccounts%2F"));
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.contains(next.replace("/", "%2F")), url);
        browser.signInHere(io.powermap.support.TestApp.ADMIN, io.powermap.support.TestApp.ADMIN_PASSWORD);
    }

    private static void closeTab(Browser browser, String tab, String appWindow) {
        browser.driver().switchTo().window(tab).close();
        browser.driver().switchTo().window(appWindow);
    }

    private String staffId(String name) {
        for (JsonNode st : s.http.get(base() + "/staff").json()) {
            if (st.get("name").asText().equals(name)) {
                return st.get("id").asText();
            }
        }
        throw new AssertionError("no staff member " + name);
    }

    private void addProposal(String personId) {
        b.find("#visit-proposals li[data-person='" + personId + "'] button.add").click();
        b.waitFor("the new target", () -> !b.findAll("#visit-targets li[data-person='" + personId + "']").isEmpty());
    }

    private List<String> targets(String visitId) {
        List<String> ids = new ArrayList<>();
        s.http.get(base() + "/visits/" + visitId).json().get("targets").forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }

    @Test
    void importsAFileWithProgressAndLinksTheExports() throws Exception {
        b.openApp(f.accountId(), "en");
        b.find("#data").click();
        for (String format : List.of("json", "csv", "graphml", "cytoscape")) {
            String href = b.find("#export-links a[data-format='" + format + "']").getAttribute("href");
            assertTrue(href.endsWith(base() + "/export?format=" + format), href);
            Http.Response r = s.http.get(href.substring(href.indexOf("/api/")));
            assertEquals(200, r.status(), format);
        }

        // A broken file: the errors are listed by field and no account appears.
        int accountsBefore = s.http.get("/api/accounts").json().size();
        Path dir = Files.createTempDirectory("powermap-ui-import");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"powermap/1\",\"account\":{\"name\":\"Broken\"},\"people\":[{\"id\":\"p1\",\"name\":\"A\",\"stance\":\"FURIOUS\"}]}");
        b.find("#import-file").sendKeys(bad.toString());
        b.find("#dialog-submit").click();
        b.waitFor("the field errors", () -> b.find("#dialog-message").getText().contains("people[0].stance"));
        assertEquals(accountsBefore, s.http.get("/api/accounts").json().size());

        // A file the server refuses before any job starts (not UTF-8): the error names the body, and
        // neither the progress bar nor "Uploading..." stays behind.
        Path binary = dir.resolve("binary.json");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, '{', '}'});
        b.find("#import-file").sendKeys(binary.toString());
        b.find("#dialog-submit").click();
        b.waitFor("the body error", () -> b.find("#dialog-message").getText().contains("body: is not well-formed UTF-8"));
        assertFalse(b.find("#import-progress").isDisplayed());
        assertEquals("Failed", b.find("#import-status").getText());
        assertEquals(accountsBefore, s.http.get("/api/accounts").json().size());

        // A generated account: progress to 100 %, then the new account is open on the map.
        Path good = Documents.generateFile(dir, 400, 1600, 11);
        b.find("#import-file").sendKeys(good.toString());
        b.find("#dialog-submit").click();
        b.waitFor("the import to finish", () -> !b.find("#dialog").isDisplayed());
        assertTrue(b.find("#toast").getText().contains("Imported " + good.getFileName()), b.find("#toast").getText());
        assertEquals(accountsBefore + 1, s.http.get("/api/accounts").json().size());
        b.waitIdle();
        b.waitFor("the new account's map", () -> b.jsLong("return window.powermap.cy.nodes('[type = \"person\"]').length") == 400);
        String picked = b.jsString("return document.getElementById('account').value");
        assertEquals(400, s.http.get("/api/accounts/" + picked + "/people").json().size());
        assertFalse(picked.equals(f.accountId()));
        b.assertNoScriptErrors();
    }
}
