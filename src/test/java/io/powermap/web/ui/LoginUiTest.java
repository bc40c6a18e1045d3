package io.powermap.web.ui;

import io.powermap.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** Signs in on a fresh signed-out browser through login.html?next=..., returns where it lands. */
    private String landingAfterSignIn(String next) {
        try (Browser fresh = Browser.openSignedOut(s.app.port(), 800, 600)) {
            fresh.get("/login.html?next=" + next);
            fresh.waitVisible("#username").sendKeys(TestApp.ADMIN);
            fresh.find("#password").sendKeys(TestApp.ADMIN_PASSWORD);
            fresh.find("#login button[type=submit]").click();
            fresh.waitFor("the sign-in redirect", () -> !fresh.driver().getCurrentUrl().contains("/login.html"));
            return fresh.driver().getCurrentUrl();
        }
    }

    @Test
    void nextNeverLeavesTheAppsOrigin() {
        String origin = "http://localhost:" + s.app.port() + "/";
        for (String next : java.util.List.of("/%5Cevil.example/x", "/%09/evil.example/x", "%2F%2Fevil.example%2Fx",
                "https%3A%2F%2Fevil.example%2Fx", "/%5C%5Cevil.example/x")) {
            String landed = landingAfterSignIn(next);
            assertTrue(landed.startsWith(origin), "next=" + next + " left the app for " + landed);
            assertTrue(!landed.contains("evil.example"), "next=" + next + " landed on " + landed);
        }
        assertEquals(origin + "css/app.css?v=1#top", landingAfterSignIn("%2Fcss%2Fapp.css%3Fv%3D1%23top"),
                "a same-origin next keeps its path, query and fragment");
    }

    @Test
    void theSignInPageSpeaksTheLanguageTheAppRemembers() {
        try (Browser fresh = Browser.openSignedOut(s.app.port(), 800, 600)) {
            fresh.get("/login.html");
            fresh.js("localStorage.setItem('powermap.lang', 'zh');");
            fresh.get("/login.html?next=%2F");
            fresh.waitFor("Chinese labels", () -> fresh.find("label[for=username]").getText().equals("用户名"));
            assertEquals("密码", fresh.find("label[for=password]").getText());
            assertEquals("登录", fresh.find("#login button[type=submit]").getText());
            assertEquals("登录 · Powermap", fresh.driver().getTitle());
            assertEquals("zh-CN", fresh.jsString("return document.documentElement.lang"));
            fresh.find("#username").sendKeys("admin");
            fresh.find("#password").sendKeys("wrong-Password-1");
            fresh.find("#login button[type=submit]").click();
            fresh.waitFor("the message", () -> !fresh.find("#message").getText().isEmpty());
            assertEquals("用户名或密码错误。", fresh.find("#message").getText());
            fresh.assertNoScriptErrors();
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

    private static List<Path> saved(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * An export opened without a session goes to sign-in and back; the export is a download, so the tab
     * stays on the sign-in page: it says the user is signed in and the download started, not an emptied
     * form as if nothing happened.
     */
    @Test
    void signingInForAnExportSaysTheDownloadStarted() throws IOException {
        String accountId = s.fixture("Export After Sign-in").accountId();
        Path dir = Files.createTempDirectory("powermap-download");
        try (Browser fresh = Browser.openSignedOut(s.app.port(), 800, 600)) {
            fresh.driver().executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", dir.toString()));
            fresh.get("/api/accounts/" + accountId + "/export?format=json");
            fresh.waitFor("the sign-in page", () -> fresh.driver().getCurrentUrl().contains("/login.html?next="));
            fresh.signInHere(TestApp.ADMIN, TestApp.ADMIN_PASSWORD);
            fresh.waitFor("the downloaded export", () -> !saved(dir).isEmpty());
            assertTrue(Files.readString(saved(dir).get(0)).contains("Export After Sign-in"));

            assertTrue(fresh.driver().getCurrentUrl().contains("/login.html"), fresh.driver().getCurrentUrl());
            fresh.waitFor("the signed-in notice", () -> fresh.find("#signed-in").isDisplayed());
            String notice = fresh.find("#signed-in-text").getText();
            assertTrue(notice.startsWith("Signed in.") && notice.contains("download"), notice);
            assertFalse(fresh.find("#login").isDisplayed(), "the sign-in form is still offered");
            assertEquals(fresh.jsString("return location.origin") + "/", fresh.find("#open-app").getAttribute("href"));
            fresh.assertNoScriptErrors();
        }
    }
}
