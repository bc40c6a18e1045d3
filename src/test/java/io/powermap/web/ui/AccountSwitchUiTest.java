package io.powermap.web.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Switching accounts quickly: the answers of the account left behind may arrive after the new
 * account's, and must not be shown over it. The page's fetch is wrapped (before any app script runs)
 * so the test holds one account's answers and lets them go when it chooses: the late arrival is
 * certain, not a matter of timing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountSwitchUiTest {

    /** Holds the answers for URLs of account `id` (but the `except` ones; only those with `only`, if given) until release(). */
    private static final String HOLD = """
            (() => {
              const fetch0 = window.fetch.bind(window);
              const slow = { id: null, except: [], only: null, holding: false, held: [] };
              slow.hold = (id, except, only = null) => Object.assign(slow, { id, except, only, holding: true });
              slow.release = () => { slow.holding = false; slow.held.splice(0).forEach((h) => h.go()); };
              window.__slow = slow;
              window.fetch = (input, init) => {
                const url = String(input instanceof Request ? input.url : input);
                const answer = fetch0(input, init);
                const mine = slow.id && url.includes(`/api/accounts/${slow.id}`) && !slow.except.some((e) => url.includes(e))
                  && (!slow.only || url.includes(slow.only));
                if (!mine) return answer;
                return answer.then((res) => (slow.holding ? new Promise((go) => slow.held.push({ url, go: () => go(res) })) : res));
              };
            })();
            """;

    private UiSession s;
    private Browser b;
    private UiSession.Fixture slowA;
    private UiSession.Fixture fastB;

    @BeforeAll
    void start() {
        s = UiSession.get();
        slowA = s.fixture("Slow Account A");
        fastB = s.fixture("Account B");
        s.planVisit(slowA, "2026-12-14", "Visit of account A", "p-ceo");
        s.planVisit(fastB, "2026-12-15", "Visit of account B", "p-cto");
        b = Browser.open(s.app.port(), 1366, 768);
        b.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOLD));
    }

    @AfterAll
    void stop() {
        if (b != null) {
            b.close();
        }
    }

    private void pick(String accountId) {
        b.js("const s = document.getElementById('account'); s.value = arguments[0]; s.dispatchEvent(new Event('change'));", accountId);
    }

    @SuppressWarnings("unchecked")
    private Set<String> mapPeople() {
        return new HashSet<>((List<String>) b.js("return window.powermap.cy.nodes('[type = \"person\"]').map((n) => n.id())"));
    }

    private String overviewName() {
        List<?> els = b.findAll("#overview-name");
        return els.isEmpty() ? "" : b.find("#overview-name").getText();
    }

    @Test
    void theAccountLeftBehindNeverShowsOverTheNewOne() {
        Set<String> peopleA = new HashSet<>(slowA.ids().values());
        Set<String> peopleB = new HashSet<>(fastB.ids().values());
        b.openApp(fastB.accountId(), "en");
        b.find("#tab-visits").click();
        b.waitFor("B's visit", () -> b.find("#panel-visits").getText().contains("Visit of account B"));

        // A's map arrives and is drawn, its details, analysis and visits are still on their way...
        b.js("window.__slow.hold(arguments[0], ['/graph', '/positions/'])", slowA.accountId());
        pick(slowA.accountId());
        b.waitFor("A's map", () -> mapPeople().equals(peopleA));
        b.waitFor("A's details, analysis and visits held", () -> Boolean.TRUE.equals(b.js(
                "const urls = window.__slow.held.map((h) => h.url);"
                        + "return urls.some((u) => u.endsWith('/api/accounts/' + arguments[0])) && urls.some((u) => u.includes('/analysis'))"
                        + " && urls.some((u) => u.includes('/visits'));", slowA.accountId())));

        // ...when the user moves on to B, which loads completely.
        pick(fastB.accountId());
        b.waitFor("B's map, details and visit", () -> mapPeople().equals(peopleB) && overviewName().equals("Account B")
                && b.find("#panel-visits").getText().contains("Visit of account B"));

        // A's answers land now: none of them may show.
        b.js("window.__slow.release()");
        b.waitIdle();
        b.waitFor("every held answer handled", () -> b.jsLong("return window.__slow.held.length") == 0 && b.jsLong("return window.powermap.busy") == 0);
        try {
            Thread.sleep(800); // anything A's answers set off (a visit asked for) has time to show
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals("Account B", overviewName());
        assertEquals(fastB.accountId(), b.jsString("return window.powermap.state.account.id"));
        assertEquals(fastB.accountId(), b.jsString("return document.getElementById('account').value"));
        assertEquals(peopleB, mapPeople());
        String visits = b.find("#panel-visits").getText();
        assertTrue(visits.contains("Visit of account B"), visits);
        assertFalse(visits.contains("Visit of account A"), visits);
        assertTrue(b.findAll("#toast .error").isEmpty(), "an error: " + b.find("#toast").getText());
        b.assertNoScriptErrors();
    }

    private int visitCount(UiSession.Fixture f) {
        return s.http.get("/api/accounts/" + f.accountId() + "/visits").json().size();
    }

    private boolean dialogOpen() {
        return Boolean.TRUE.equals(b.js("return document.getElementById('dialog').open"));
    }

    private void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The visit dialog waits for the account's staff before it opens; the user opens another account
     * meanwhile. The dialog must not open over it: its executives, opportunities and the account its
     * submit writes to would be the wrong ones.
     */
    @Test
    void aDialogAskedForOnTheAccountLeftBehindNeverOpensOverTheNewOne() {
        b.openApp(slowA.accountId(), "en");
        b.find("#tab-visits").click();
        b.waitFor("A's visit", () -> b.find("#panel-visits").getText().contains("Visit of account A"));
        b.js("window.__slow.hold(arguments[0], [], '/staff')", slowA.accountId());
        b.find("#visit-new").click();
        b.waitFor("A's staff held", () -> b.jsLong("return window.__slow.held.length") == 1);

        pick(fastB.accountId());
        b.waitFor("B's visit", () -> overviewName().equals("Account B") && b.find("#panel-visits").getText().contains("Visit of account B"));
        b.js("window.__slow.release()");
        b.waitIdle();
        pause(500);
        assertFalse(dialogOpen(), "A's visit dialog opened over B: " + b.find("#dialog").getText());
        assertTrue(b.findAll("#toast .error").isEmpty(), "an error: " + b.find("#toast").getText());

        // B's own dialog opens as usual.
        b.find("#visit-new").click();
        b.waitVisible("#visit-form input[name=objective]");
        b.find("#dialog-cancel").click();
        b.assertNoScriptErrors();
    }

    /**
     * A dialog open when another account opens (the picker is behind the modal dialog, but a switch can
     * still come from the page itself) closes with everything it held: its submit would otherwise write
     * what was typed for A into B, the account now shown.
     */
    @Test
    void aDialogOpenWhenAnotherAccountOpensClosesAndWritesNothing() {
        int visitsA = visitCount(slowA);
        int visitsB = visitCount(fastB);
        b.openApp(slowA.accountId(), "en");
        b.find("#tab-visits").click();
        b.waitFor("A's visit", () -> b.find("#panel-visits").getText().contains("Visit of account A"));
        b.find("#visit-new").click();
        b.waitVisible("#visit-form input[name=objective]").sendKeys("Typed on account A");
        b.js("document.querySelector('#visit-form input[name=date]').value = '2026-12-21'");

        pick(fastB.accountId());
        b.waitFor("B's visit", () -> overviewName().equals("Account B") && b.find("#panel-visits").getText().contains("Visit of account B"));
        assertFalse(dialogOpen(), "A's visit dialog stayed open over B");
        // Whatever is left of the form cannot be submitted.
        b.js("document.getElementById('dialog-submit')?.click()");
        b.waitIdle();
        pause(2500); // before the fix, the visit typed for A was in B by now
        assertEquals(visitsA, visitCount(slowA));
        assertEquals(visitsB, visitCount(fastB));
        assertFalse(b.find("#panel-visits").getText().contains("Typed on account A"), b.find("#panel-visits").getText());
        b.assertNoScriptErrors();
    }

    /**
     * Dragged positions are saved 600 ms after the drag: a switch within that time saved the map then on
     * screen into the account then open (B's computed layout pinned as if dragged, or A's ids dropped by
     * B), and A's drag was lost. The switch saves the drag to A first.
     */
    @Test
    void aDragJustBeforeASwitchIsSavedToItsOwnAccount() {
        b.openApp(slowA.accountId(), "en");
        b.waitFor("A's map", () -> mapPeople().equals(new HashSet<>(slowA.ids().values())));
        String view = b.jsString("return window.powermap.state.view");
        String ceo = slowA.person("p-ceo");
        double x = ((Number) b.js("const n = window.powermap.cy.$id(arguments[0]); const x = n.position('x') + 321;"
                + " n.position({ x, y: n.position('y') }); n.emit('dragfree'); return x;", ceo)).doubleValue();
        pick(fastB.accountId());
        b.waitFor("B's map", () -> mapPeople().equals(new HashSet<>(fastB.ids().values())) && overviewName().equals("Account B"));
        b.waitIdle();
        pause(1000); // the save the drag asked for is long due

        com.fasterxml.jackson.databind.JsonNode savedA = s.http.get("/api/accounts/" + slowA.accountId() + "/positions/" + view).json().get("positions");
        assertTrue(savedA.has(ceo), "A's drag was not saved: " + savedA);
        assertEquals(x, savedA.get(ceo).get("x").asDouble(), 0.5);
        com.fasterxml.jackson.databind.JsonNode savedB = s.http.get("/api/accounts/" + fastB.accountId() + "/positions/" + view).json().get("positions");
        assertEquals(0, savedB.size(), "B was never dragged: " + savedB);
        b.assertNoScriptErrors();
    }
}
