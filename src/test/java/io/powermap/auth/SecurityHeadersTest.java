package io.powermap.auth;

import io.powermap.App;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every header on every kind of response: API answers, errors, refusals and the static web app. */
class SecurityHeadersTest {

    private static App app;
    private static Http admin;
    private static Http anonymous;

    @BeforeAll
    static void start() {
        TestNeo4j.clear();
        app = TestApp.remote(false);
        admin = new Http(app.port());
        anonymous = Http.anonymous(app.port());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static void assertHeaders(String what, Http.Response r, boolean api) {
        String csp = r.header("Content-Security-Policy");
        assertEquals("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'", csp, what);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), what);
        assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
        assertEquals("no-referrer", r.header("Referrer-Policy"), what);
        assertEquals("DENY", r.header("X-Frame-Options"), what);
        assertEquals("same-origin", r.header("Cross-Origin-Opener-Policy"), what);
        if (api) {
            assertEquals("no-store", r.header("Cache-Control"), what + ": API answers are never cached");
        }
        assertNull(r.header("Access-Control-Allow-Origin"), what + ": no CORS");
        String server = r.header("Server");
        assertTrue(server == null || !server.matches(".*\\d.*"), what + ": no server version: " + server);
    }

    @Test
    void apiAnswersErrorsAndRefusalsCarryEveryHeader() {
        Map<String, Http.Response> cases = new java.util.LinkedHashMap<>();
        cases.put("health 200", anonymous.get("/api/health"));
        cases.put("me 200", admin.get("/api/me"));
        cases.put("401", anonymous.get("/api/accounts"));
        cases.put("403 csrf", Http.anonymous(app.port()).withoutCsrfHeader().withSession(admin.session())
                .post("/api/accounts", Map.of("name", "x")));
        cases.put("404 account", admin.get("/api/accounts/nope"));
        cases.put("404 route", admin.get("/api/no-such-route"));
        cases.put("400", admin.post("/api/accounts", "{"));
        cases.put("405", admin.sendJson("PATCH", "/api/accounts", "{}"));
        cases.forEach((what, r) -> assertHeaders(what, r, true));
        assertTrue(cases.get("401").contentType().startsWith("application/problem+json"));
    }

    @Test
    void theWebAppAndItsSignInPageCarryEveryHeaderAndLoadWithoutASession() {
        for (String path : List.of("/", "/login.html", "/js/login.js", "/js/api.js", "/css/login.css")) {
            Http.Response r = anonymous.get(path);
            assertEquals(200, r.status(), path);
            assertHeaders(path, r, false);
        }
    }

    @Test
    void theSignInPageHasNoInlineScriptOrStyle() {
        String html = anonymous.get("/login.html").body();
        assertFalse(html.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "no inline <script>");
        assertFalse(html.contains("style="), "no inline style attribute");
        assertFalse(html.contains("<style"), "no <style> element");
        assertFalse(html.matches("(?s).*\\son[a-z]+=.*"), "no inline event handlers");
    }
}
