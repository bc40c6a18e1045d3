package io.powermap.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.App;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import io.powermap.support.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Failed sign-ins are counted per username and address, in Neo4j, audited, and answered 429 past the limit. */
class RateLimitTest {

    private static App app;
    private static App second;
    private static Http admin;

    @BeforeAll
    static void start() {
        TestNeo4j.clear();
        Map<String, String> env = Map.of("POWERMAP_LOGIN_MAX_FAILURES", "3", "POWERMAP_LOGIN_WINDOW_SECONDS", "600");
        app = TestApp.remote(false, env);
        second = TestApp.remote(false, env);
        admin = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.close();
        second.close();
    }

    @Test
    void afterThreeFailuresEvenTheRightPasswordGets429WithRetryAfterOnEveryInstance() {
        Users.User u = Users.create(admin, app.port(), "target");
        Http attacker = Http.anonymous(app.port());
        for (int i = 0; i < 3; i++) {
            assertEquals(401, attacker.login(u.username(), "Wrong-Guess-" + i + "x").status());
        }
        Http.Response locked = attacker.login(u.username(), Users.PASSWORD);
        assertEquals(429, locked.status(), locked.body());
        assertTrue(locked.contentType().startsWith("application/problem+json"));
        long retry = Long.parseLong(locked.header("Retry-After"));
        assertTrue(retry > 0 && retry <= 600, "Retry-After " + retry);
        assertEquals(retry, locked.json().get("retryAfter").asLong(), 2);

        Http.Response elsewhere = Http.anonymous(second.port()).login(u.username(), Users.PASSWORD);
        assertEquals(429, elsewhere.status(), "the count lives in Neo4j, so another instance enforces it too");
        assertEquals(200, u.http().get("/api/me").status(), "an existing session is not affected");
        assertEquals(200, Http.anonymous(app.port()).login("admin", TestApp.ADMIN_PASSWORD).status(),
                "other usernames from the same address are not locked");

        JsonNode failed = admin.get("/api/security/events?type=LOGIN_FAILED&limit=1000").json();
        long forTarget = 0;
        for (JsonNode e : failed) {
            if (u.username().equals(e.get("username").asText())) {
                forTarget++;
                assertEquals("wrong password", e.get("detail").asText());
                assertTrue(!e.get("ip").asText().isEmpty());
            }
        }
        assertEquals(3, forTarget, "each failure is in the security log");
        JsonNode throttled = admin.get("/api/security/events?type=LOGIN_THROTTLED").json();
        assertTrue(throttled.size() >= 2);
        assertTrue(admin.get("/api/security/events").body().contains(u.username()));
        assertTrue(!admin.get("/api/security/events").body().contains("Wrong-Guess"), "passwords never reach the log");
    }

    @Test
    void unknownUsersAreCountedTooAndASuccessResetsTheCount() {
        Http attacker = Http.anonymous(app.port());
        String ghost = "ghost-" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            assertEquals(401, attacker.login(ghost, "Whatever-Pass-1").status());
        }
        assertEquals(429, attacker.login(ghost, "Whatever-Pass-1").status());

        Users.User u = Users.create(admin, app.port(), "clumsy");
        Http me = Http.anonymous(app.port());
        assertEquals(401, me.login(u.username(), "Typo-Password-1").status());
        assertEquals(401, me.login(u.username(), "Typo-Password-2").status());
        assertEquals(200, me.login(u.username(), Users.PASSWORD).status());
        assertEquals(401, me.login(u.username(), "Typo-Password-3").status());
        assertEquals(401, me.login(u.username(), "Typo-Password-4").status(), "the count restarted at the success");
    }
}
