package io.powermap.web.ui;

import io.powermap.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without a session the app goes to the sign-in page; a wrong password is a text message; signing in leads to the map. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginUiTest {

    private UiSession s;
    private Browser b;

    @BeforeAll
    void start() {
        s = UiSession.get();
        b = Browser.openSignedOut(s.app.port(), 1024, 700);
    }

    @AfterAll
    void stop() {
        if (b != null) {
            b.close();
        }
    }

    @Test
    void signedOutTheAppSendsYouToSignInAndBack() {
        b.get("/");
        b.waitFor("the sign-in page", () -> b.driver().getCurrentUrl().contains("/login.html"));
        b.waitVisible("#username").sendKeys("admin");
        b.find("#password").sendKeys("<b>wrong</b>-Password-1");
        b.find("#login button[type=submit]").click();
        b.waitFor("the message", () -> !b.find("#message").getText().isEmpty());
        assertEquals("Wrong username or password.", b.find("#message").getText());
        assertTrue(b.findAll("#message b").isEmpty(), "text, never markup");
        assertEquals("", b.find("#password").getAttribute("value"), "the password field is cleared");

        b.find("#username").clear();
        b.find("#username").sendKeys(TestApp.ADMIN);
        b.find("#password").sendKeys(TestApp.ADMIN_PASSWORD);
        b.find("#login button[type=submit]").click();
        b.waitFor("the app", () -> !b.driver().getCurrentUrl().contains("/login.html"));
        b.waitVisible("#map");
        b.assertNoScriptErrors();
    }
}
