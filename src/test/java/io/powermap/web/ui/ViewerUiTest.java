package io.powermap.web.ui;

import io.powermap.support.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A VIEWER of the account reads the map without the editing controls; an EDITOR has them. */
class ViewerUiTest extends FixtureUiTest {

    private static final List<String> HEADER = List.of("#add-person", "#add-tie");
    private static final List<String> PERSON_CARD = List.of("#card-stance", "#card-edit", "#card-tie", "#card-delete");
    private static final List<String> PERSON_DETAILS = List.of("#card-criterion-add", "#card-alignment-add");
    private static final List<String> TIE_CARD = List.of("#tie-edit", "#tie-delete");

    private Users.User user;
    private Browser viewer;

    @BeforeAll
    void signInAsAMember() {
        user = Users.create(s.http, s.app.port(), "viewer");
        Users.grant(s.http, f.accountId(), user, "VIEWER");
        s.planVisit(f, "2026-12-14", "Read only", "p-ceo");
        viewer = Browser.openSignedOut(s.app.port(), 1366, 768);
        viewer.signIn(user.username(), Users.PASSWORD);
    }

    @AfterAll
    void closeViewer() {
        if (viewer != null) {
            viewer.close();
        }
    }

    private void openPersonCard() {
        viewer.js("window.powermap.cy.$id(arguments[0]).emit('tap')", f.person("p-ceo"));
        viewer.waitVisible("#card-name");
        viewer.waitFor("the person's details", () -> !viewer.findAll("#card-history, #card .details h3").isEmpty());
    }

    private void openTieCard() {
        viewer.js("window.powermap.cy.edges('[type = \"INFLUENCES\"]')[0].emit('tap')");
        viewer.waitVisible("#card");
    }

    private boolean shown(String css) {
        return viewer.findAll(css).stream().anyMatch(e -> e.isDisplayed());
    }

    @Test
    void aViewerSeesNoEditingControlsAndAnEditorDoes() {
        Users.grant(s.http, f.accountId(), user, "VIEWER"); // whatever another test left
        viewer.openApp(f.accountId(), "en");
        for (String css : HEADER) {
            assertFalse(shown(css), css + " shown to a viewer");
        }
        openPersonCard();
        assertTrue(shown("#card-focus1"), "reading controls stay");
        assertTrue(shown("#card-path"), "reading controls stay");
        for (String css : PERSON_CARD) {
            assertFalse(shown(css), css + " shown to a viewer");
        }
        for (String css : PERSON_DETAILS) {
            assertFalse(shown(css), css + " shown to a viewer");
        }
        assertTrue(viewer.findAll("#card button.remove").isEmpty(), "remove buttons shown to a viewer");
        openTieCard();
        for (String css : TIE_CARD) {
            assertFalse(shown(css), css + " shown to a viewer");
        }
        viewer.find("#tab-visits").click();
        viewer.waitVisible("#visit-details");
        assertTrue(shown("#visit-brief"), "the brief stays");
        assertFalse(shown("#visit-new"), "#visit-new shown to a viewer");
        assertTrue(viewer.findAll("#visit-details button.remove, #visit-details button.add").isEmpty(), "target buttons shown to a viewer");
        // Dragging a node saves no layout (the server would refuse it): no error appears.
        viewer.js("const n = window.powermap.cy.$id(arguments[0]); n.position({x: n.position('x') + 40, y: n.position('y')}); n.emit('dragfree');", f.person("p-ceo"));
        try {
            Thread.sleep(1200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertTrue(viewer.findAll("#toast .error").isEmpty(), "an error toast: " + viewer.find("#toast").getText());
        viewer.assertNoScriptErrors();

        // The same user as an EDITOR: the controls are there.
        Users.grant(s.http, f.accountId(), user, "EDITOR");
        viewer.openApp(f.accountId(), "en");
        for (String css : HEADER) {
            assertTrue(shown(css), css + " hidden from an editor");
        }
        openPersonCard();
        for (String css : PERSON_CARD) {
            assertTrue(shown(css), css + " hidden from an editor");
        }
        viewer.waitVisible("#card-criterion-add");
        openTieCard();
        for (String css : TIE_CARD) {
            assertTrue(shown(css), css + " hidden from an editor");
        }
        viewer.find("#tab-visits").click();
        viewer.waitVisible("#visit-new");
        viewer.assertNoScriptErrors();
    }

    @Test
    void aRoleChangedWhileThePageIsOpenTakesEffectWithoutAReload() {
        Users.grant(s.http, f.accountId(), user, "EDITOR");
        viewer.openApp(f.accountId(), "en");
        viewer.js("window.samePage = true;"); // gone if the page reloads
        openPersonCard();
        viewer.waitVisible("#card-stance");
        String stance = s.http.get("/api/accounts/" + f.accountId() + "/people/" + f.person("p-ceo")).json().get("stance").asText();

        // An owner makes them a VIEWER meanwhile: their next change is refused, and the page follows.
        Users.grant(s.http, f.accountId(), user, "VIEWER");
        viewer.find("#card-stance").click();
        viewer.waitVisible("#stance-select");
        viewer.js("const s = document.getElementById('stance-select'); s.value = [...s.options].find((o) => !o.selected).value;");
        viewer.find("#dialog-submit").click();
        viewer.waitFor("the refusal", () -> viewer.find("#dialog-message").getText()
                .contains("Not saved: your role on this account does not allow this change."));
        viewer.waitFor("the role message", () -> viewer.find("#toast").getText()
                .contains("Your role on this account has changed: you can view it but no longer edit it."));
        viewer.find("#dialog-cancel").click();
        viewer.waitFor("the editing controls to go", () -> HEADER.stream().noneMatch(this::shown)
                && PERSON_CARD.stream().noneMatch(this::shown));
        viewer.waitFor("the person's details", () -> !viewer.findAll("#card-history, #card .details h3").isEmpty());
        for (String css : PERSON_DETAILS) {
            assertFalse(shown(css), css + " still shown");
        }
        assertTrue(shown("#card-focus1"), "reading controls stay");
        assertEquals(stance, s.http.get("/api/accounts/" + f.accountId() + "/people/" + f.person("p-ceo")).json().get("stance").asText());

        // Made an EDITOR again: the controls come back when the window gets the focus back.
        Users.grant(s.http, f.accountId(), user, "EDITOR");
        viewer.js("window.dispatchEvent(new Event('focus'));");
        viewer.waitFor("the editing controls back", () -> HEADER.stream().allMatch(this::shown) && PERSON_CARD.stream().allMatch(this::shown));
        viewer.waitFor("the role message", () -> viewer.find("#toast").getText().contains("you can edit it now"));
        assertEquals(Boolean.TRUE, viewer.js("return window.samePage === true"), "the page was reloaded");
        viewer.assertNoScriptErrors();
    }

    private boolean roleToast() {
        return viewer.find("#toast").getText().contains("Your role on this account has changed");
    }

    /**
     * The role on another account changed while this one was on screen: opening that account shows it as
     * it is, without saying the role changed (nothing changed while it was on screen). A change made while
     * it is on screen is still said.
     */
    @Test
    void aRoleChangedOnAnotherAccountIsNotAnnouncedWhenItIsOpened() {
        UiSession.Fixture other = s.fixture("Second Account");
        Users.grant(s.http, f.accountId(), user, "EDITOR");
        Users.grant(s.http, other.accountId(), user, "EDITOR");
        viewer.openApp(f.accountId(), "en");
        viewer.waitFor("the editing controls", () -> HEADER.stream().allMatch(this::shown));

        Users.grant(s.http, other.accountId(), user, "VIEWER");
        viewer.js("const s = document.getElementById('account'); s.value = arguments[0]; s.dispatchEvent(new Event('change'));", other.accountId());
        viewer.waitIdle();
        viewer.waitFor("the other account, read only", () -> other.accountId().equals(viewer.jsString("return window.powermap.state.account?.id ?? ''"))
                && "VIEWER".equals(viewer.jsString("return window.powermap.state.me.memberships.find((m) => m.accountId === arguments[0]).role", other.accountId()))
                && HEADER.stream().noneMatch(this::shown));
        try {
            Thread.sleep(500); // a message would be up by now
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertFalse(roleToast(), "announced on opening: " + viewer.find("#toast").getText());

        Users.grant(s.http, other.accountId(), user, "EDITOR");
        viewer.js("window.dispatchEvent(new Event('focus'));");
        viewer.waitFor("the editing controls back", () -> HEADER.stream().allMatch(this::shown));
        viewer.waitFor("the role message", () -> viewer.find("#toast").getText().contains("you can edit it now"));
        viewer.assertNoScriptErrors();
    }
}
