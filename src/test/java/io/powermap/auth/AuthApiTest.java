package io.powermap.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.App;
import io.powermap.support.Fixtures;
import io.powermap.support.Http;
import io.powermap.support.Race;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import io.powermap.support.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in, sessions in Neo4j, cookies, CSRF, API tokens, users, memberships and the password policy. */
class AuthApiTest {

    private static App app;
    private static Http admin;

    @BeforeAll
    static void start() {
        TestNeo4j.clear();
        app = TestApp.remote(false);
        admin = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path));
    }

    @Test
    void signInSetsAStrictHttpOnlyCookieAndMeNamesTheUser() {
        Http http = Http.anonymous(app.port());
        Http.Response r = http.login("admin", TestApp.ADMIN_PASSWORD);
        assertEquals(200, r.status(), r.body());
        String cookie = r.header("Set-Cookie");
        assertTrue(cookie.startsWith("powermap_session=pms_"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(cookie.contains("Path=/"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP: no Secure flag, else the browser drops it: " + cookie);
        assertFalse(r.body().contains("password"), "no password or hash in the answer: " + r.body());

        JsonNode me = http.get("/api/me").json();
        assertEquals("admin", me.get("username").asText());
        assertTrue(me.get("admin").asBoolean());
        assertEquals("session", me.get("via").asText());
    }

    @Test
    void overHttpsBehindAProxyTheCookieIsSecure() {
        Http.Response r = Http.anonymous(app.port()).send(request("/api/login")
                .header("Content-Type", "application/json")
                .header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + TestApp.ADMIN_PASSWORD + "\"}")));
        assertEquals(200, r.status(), r.body());
        assertTrue(r.header("Set-Cookie").contains("; Secure"), r.header("Set-Cookie"));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSame401() {
        Http http = Http.anonymous(app.port());
        Http.Response wrong = http.login("admin", "Not-the-password-1");
        Http.Response unknown = http.login("nobody-" + System.nanoTime(), "Not-the-password-1");
        assertEquals(401, wrong.status());
        assertEquals(401, unknown.status());
        assertEquals(wrong.json().get("detail"), unknown.json().get("detail"));
        assertTrue(wrong.contentType().startsWith("application/problem+json"));
        assertNull(wrong.header("Set-Cookie"));
        assertEquals(400, http.post("/api/login", Map.of("username", "admin")).status(), "missing password is a 400");
        assertEquals("password", http.post("/api/login", Map.of("username", "admin")).json().at("/errors/0/field").asText());
    }

    @Test
    void logoutEndsTheSessionEverywhere() {
        Users.User u = Users.create(admin, app.port(), "leaver");
        String session = u.http().session();
        assertEquals(200, u.http().get("/api/me").status());
        assertEquals(204, u.http().post("/api/logout", Map.of()).status());
        Http replay = Http.anonymous(app.port()).withSession(session);
        assertEquals(401, replay.get("/api/me").status(), "the old cookie value is dead on the server, not only in the browser");
    }

    /** A GET as a browser's navigation sends it: a link or new tab, no script headers. */
    private static Http.Response open(Http client, String path, String mode) {
        HttpRequest.Builder r = request(path).GET()
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (mode != null) {
            r.header("Sec-Fetch-Mode", mode).header("Sec-Fetch-Dest", mode.equals("navigate") ? "document" : "empty")
                    .header("Sec-Fetch-Site", "same-origin");
        }
        return client.send(r);
    }

    @Test
    void aBrowserOpeningABriefReportExportOrPersonalDataWithoutASessionIsSentToSignInAndBack() {
        Users.User u = Users.create(admin, app.port(), "reader");
        String dead = u.http().session();
        assertEquals(204, u.http().post("/api/logout", Map.of()).status());
        Http noCookie = Http.anonymous(app.port()).withoutCsrfHeader();
        // A client per request: like a browser, it drops the cookie the answer clears.
        java.util.function.Supplier<Http> endedSession = () -> Http.anonymous(app.port()).withSession(dead).withoutCsrfHeader();
        List<String> documents = List.of("/api/accounts/a-1/visits/v-1/brief?format=pdf&lang=zh",
                "/api/accounts/a-1/report?format=pdf&lang=en&opportunityId=o-1", "/api/accounts/a-1/export?format=csv",
                // whatever the query holds stays inside the return address
                "/api/accounts/a-1/export?format=json&next=https%3A%2F%2Fevil.example%2F",
                "/api/accounts/a-1/people/p-1/personal-data");
        for (String path : documents) {
            // Files to save: the sign-in page is told, so it can say the download started (the tab stays on it).
            String download = path.contains("/export") || path.contains("/personal-data") ? "&download=1" : "";
            // Fetch Metadata (every current browser), and Accept alone (a browser without it).
            for (Http.Response r : List.of(open(noCookie, path, "navigate"), open(endedSession.get(), path, "navigate"),
                    open(noCookie, path, null))) {
                assertEquals(303, r.status(), path + ": " + r.body());
                String location = r.header("Location");
                assertTrue(location.startsWith("/login.html?next=%2Fapi%2Faccounts%2F"), "a local path only: " + location);
                assertTrue(location.endsWith(download) && (download.isEmpty() || !path.contains(download)), location);
                String next = location.substring("/login.html?next=".length(), location.length() - download.length());
                assertEquals(path, java.net.URLDecoder.decode(next, java.nio.charset.StandardCharsets.UTF_8),
                        "back to the document after signing in");
            }
            assertTrue(open(endedSession.get(), path, "navigate").header("Set-Cookie").contains("Max-Age=0"), "the dead cookie is cleared");

            // Scripts (api.js: its header, Accept JSON, mode cors) and API clients keep the 401 problem.
            List<Http.Response> refused = List.of(Http.anonymous(app.port()).withSession(dead).send(request(path).GET()
                            .header("Accept", "application/json").header("Sec-Fetch-Mode", "cors").header("Sec-Fetch-Dest", "empty")),
                    open(Http.anonymous(app.port()).withSession(dead), path, "navigate"), // no navigation carries the app's header
                    open(Http.bearer(app.port(), "pmt_not-a-token").withoutCsrfHeader(), path, null),
                    open(noCookie, path, "no-cors"),
                    noCookie.get(path)); // Accept */*, as curl
            for (Http.Response r : refused) {
                assertEquals(401, r.status(), path);
                assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
                assertNull(r.header("Location"));
            }
        }
        // Only the document routes: a navigation to a data route is a 401 as before.
        Http.Response graph = open(noCookie, "/api/accounts/a-1/graph", "navigate");
        assertEquals(401, graph.status());
        assertTrue(graph.contentType().startsWith("application/problem+json"), graph.contentType());
    }

    @Test
    void sessionsLiveInNeo4jHashedSoASecondInstanceServesThem() {
        Users.User u = Users.create(admin, app.port(), "roamer");
        String secret = u.http().session();
        assertEquals(0, TestNeo4j.count("MATCH (s:Session) WHERE any(k IN keys(s) WHERE s[k] = '" + secret + "') RETURN count(s)"),
                "the secret itself is not stored");
        assertEquals(1, TestNeo4j.count("MATCH (s:Session)-[:SESSION_OF]->(:User {username: '" + u.username() + "'}) RETURN count(s)"));
        try (App second = TestApp.remote(false)) {
            Http other = Http.anonymous(second.port()).withSession(secret);
            Http.Response me = other.get("/api/me");
            assertEquals(200, me.status(), me.body());
            assertEquals(u.username(), me.json().get("username").asText());
            assertEquals(201, other.post("/api/accounts", Map.of("name", "Made on instance two")).status());
        }
        assertEquals(200, u.http().get("/api/me").status(), "and the first instance still serves it");
    }

    @Test
    void idleAndExpiredSessionsAre401() throws InterruptedException {
        Users.User idle = Users.create(admin, app.port(), "idle");
        Users.User old = Users.create(admin, app.port(), "old");
        TestNeo4j.driver().executableQuery("MATCH (s:Session)-[:SESSION_OF]->(:User {id: $id}) SET s.lastSeenAt = 0")
                .withParameters(Map.of("id", idle.id())).execute();
        TestNeo4j.driver().executableQuery("MATCH (s:Session)-[:SESSION_OF]->(:User {id: $id}) SET s.expiresAt = timestamp() - 1")
                .withParameters(Map.of("id", old.id())).execute();
        // Sessions ended in Neo4j behind this instance's back end here once its credential cache forgets them.
        Thread.sleep(CredentialCache.TTL_MILLIS);
        assertEquals(401, idle.http().get("/api/me").status());
        Http.Response r = old.http().get("/api/me");
        assertEquals(401, r.status());
        assertTrue(r.header("Set-Cookie").contains("Max-Age=0"), "the dead cookie is cleared");
    }

    @Test
    void csrfStateChangesWithTheCookieNeedTheHeaderOrTheSameOrigin() {
        Users.User u = Users.create(admin, app.port(), "csrf");
        String cookie = "powermap_session=" + u.http().session();
        String body = "{\"name\":\"CSRF probe\"}";
        long before = TestNeo4j.count("MATCH (a:Account {name: 'CSRF probe'}) RETURN count(a)");
        Http raw = Http.anonymous(app.port()).withoutCsrfHeader();

        Http.Response bare = raw.send(request("/api/accounts").header("Content-Type", "application/json")
                .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(403, bare.status(), bare.body());
        assertTrue(bare.contentType().startsWith("application/problem+json"));
        // Said apart from a role refusal, so the browser does not take it for a lowered role.
        assertEquals("CROSS_SITE", bare.json().get("refusal").asText());

        Http.Response evil = raw.send(request("/api/accounts").header("Content-Type", "application/json")
                .header("Cookie", cookie).header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(403, evil.status());
        assertEquals("CROSS_SITE", evil.json().get("refusal").asText());

        Http.Response evilReferer = raw.send(request("/api/accounts").header("Content-Type", "application/json")
                .header("Cookie", cookie).header("Referer", "https://evil.example/page")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(403, evilReferer.status());

        Http.Response evilDelete = raw.send(request("/api/me/tokens/x").header("Cookie", cookie).DELETE());
        assertEquals(403, evilDelete.status(), "DELETE too");
        assertEquals(before, TestNeo4j.count("MATCH (a:Account {name: 'CSRF probe'}) RETURN count(a)"), "nothing written");

        Http.Response sameOrigin = raw.send(request("/api/accounts").header("Content-Type", "application/json")
                .header("Cookie", cookie).header("Origin", "http://localhost:" + app.port())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, sameOrigin.status(), sameOrigin.body());
        Http.Response sameReferer = raw.send(request("/api/accounts").header("Content-Type", "application/json")
                .header("Cookie", cookie).header("Referer", "http://localhost:" + app.port() + "/index.html")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, sameReferer.status(), sameReferer.body());
        Http.Response header = raw.send(request("/api/accounts").header("Content-Type", "application/json")
                .header("Cookie", cookie).header("X-Powermap-Request", "1")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, header.status(), header.body());
        assertEquals(200, raw.send(request("/api/me").header("Cookie", cookie)).status(), "reads need no proof");

        Http.Response crossSiteLogin = raw.send(request("/api/login").header("Content-Type", "application/json")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + TestApp.ADMIN_PASSWORD + "\"}")));
        assertEquals(403, crossSiteLogin.status(), "no login CSRF");
    }

    @Test
    void apiTokensAreShownOnceStoredHashedScopedAndRevocable() {
        Users.User u = Users.create(admin, app.port(), "script");
        String accountId = Fixtures.importSmall(admin);
        Users.grant(admin, accountId, u, "VIEWER");

        Http.Response created = u.http().post("/api/me/tokens", Map.of("name", "nightly export"));
        assertEquals(201, created.status(), created.body());
        String token = created.json().get("token").asText();
        String tokenId = created.json().get("id").asText();
        assertTrue(token.startsWith("pmt_") && token.length() > 40, token);
        JsonNode list = u.http().get("/api/me/tokens").json();
        assertEquals(1, list.size());
        assertFalse(list.toString().contains(token), "the list never shows the secret");
        assertFalse(list.get(0).has("token"));
        assertEquals(0, TestNeo4j.count("MATCH (t:ApiToken) WHERE any(k IN keys(t) WHERE t[k] = '" + token + "') RETURN count(t)"));

        Http script = Http.bearer(app.port(), token).withoutCsrfHeader();
        JsonNode me = script.get("/api/me").json();
        assertEquals(u.username(), me.get("username").asText());
        assertEquals("token", me.get("via").asText());
        assertEquals(200, script.get("/api/accounts/" + accountId + "/export").status(), "reads the account it may read");
        assertEquals(403, script.post("/api/accounts/" + accountId + "/people", Map.of("name", "X")).status(),
                "a VIEWER's token cannot write");
        assertEquals(201, script.post("/api/accounts", Map.of("name", "Token-made")).status(),
                "bearer requests need no CSRF proof");
        String other = Fixtures.importSmall(admin);
        assertEquals(404, script.get("/api/accounts/" + other).status(), "scoped by the user's memberships");
        long tokensBefore = u.http().get("/api/me/tokens").json().size();
        Http.Response minted = script.post("/api/me/tokens", Map.of("name", "longer-lived", "expiresInDays", 365));
        assertEquals(403, minted.status(), "a token cannot mint another (it would outlive itself): " + minted.body());
        assertTrue(minted.contentType().startsWith("application/problem+json"));
        assertEquals(tokensBefore, u.http().get("/api/me/tokens").json().size(), "no token made");

        assertEquals(401, Http.bearer(app.port(), token + "x").get("/api/me").status());
        assertEquals(401, Http.bearer(app.port(), "").get("/api/me").status());
        assertEquals(404, admin.delete("/api/me/tokens/" + tokenId).status(), "only its owner can revoke it");
        assertEquals(204, u.http().delete("/api/me/tokens/" + tokenId).status());
        assertEquals(401, script.get("/api/me").status(), "revoked");
    }

    @Test
    void disablingAUserEndsTheirSessionsAndTokens() {
        Users.User u = Users.create(admin, app.port(), "gone");
        String token = u.http().post("/api/me/tokens", Map.of("name", "t")).json().get("token").asText();
        assertEquals(403, u.http().put("/api/users/" + u.id() + "/disabled", Map.of("disabled", true)).status(),
                "not an admin");
        Http.Response r = admin.put("/api/users/" + u.id() + "/disabled", Map.of("disabled", true));
        assertEquals(200, r.status(), r.body());
        assertTrue(r.json().get("disabled").asBoolean());
        assertEquals(401, u.http().get("/api/me").status());
        assertEquals(401, Http.bearer(app.port(), token).get("/api/me").status());
        assertEquals(401, Http.anonymous(app.port()).login(u.username(), Users.PASSWORD).status());
        assertEquals(400, admin.put("/api/users/" + admin.get("/api/me").json().get("id").asText() + "/disabled",
                Map.of("disabled", true)).status(), "an admin cannot lock themselves out");
        admin.put("/api/users/" + u.id() + "/disabled", Map.of("disabled", false));
        assertEquals(200, Http.anonymous(app.port()).login(u.username(), Users.PASSWORD).status());
    }

    @Test
    void weakPasswordsAre400NamingPassword() {
        List<String> weak = List.of("short1A", "alllowercaseletters", "123456789012345", "aaaaaaaaaaaA1",
                "Xmy-name-isjoe-1", "x".repeat(300) + "A1");
        for (String pw : weak) {
            Http.Response r = admin.post("/api/users", Map.of("username", "joe", "password", pw));
            assertEquals(400, r.status(), pw + ": " + r.body());
            assertEquals("password", r.json().at("/errors/0/field").asText(), pw);
        }
        Http.Response nameInside = admin.post("/api/users", Map.of("username", "isjoe", "password", "Xmy-name-isjoe-1"));
        assertEquals(400, nameInside.status());
        assertTrue(nameInside.json().at("/errors/0/message").asText().contains("username"));
        Http.Response badName = admin.post("/api/users", Map.of("username", "<b>x</b>", "password", Users.PASSWORD));
        assertEquals("username", badName.json().at("/errors/0/field").asText());

        Users.User u = Users.create(admin, app.port(), "dup");
        Http.Response dup = admin.post("/api/users", Map.of("username", u.username(), "password", Users.PASSWORD));
        assertEquals(409, dup.status());

        Http.Response weakChange = u.http().put("/api/me/password", Map.of("currentPassword", Users.PASSWORD, "newPassword", "weak"));
        assertEquals(400, weakChange.status());
        assertEquals("newPassword", weakChange.json().at("/errors/0/field").asText());
        Http.Response wrongCurrent = u.http().put("/api/me/password", Map.of("currentPassword", "Wrong-Password-9", "newPassword", "Another-Good-Pass-8"));
        assertEquals("currentPassword", wrongCurrent.json().at("/errors/0/field").asText());
        assertEquals(204, u.http().put("/api/me/password", Map.of("currentPassword", Users.PASSWORD, "newPassword", "Another-Good-Pass-8")).status());
        assertEquals(200, u.http().get("/api/me").status(), "the session that changed it lives on");
        assertEquals(200, Http.anonymous(app.port()).login(u.username(), "Another-Good-Pass-8").status());
    }

    @Test
    void passwordsAreArgon2idHashesNeverReturned() {
        Users.User u = Users.create(admin, app.port(), "hash");
        String hash = TestNeo4j.driver().executableQuery("MATCH (u:User {id: $id}) RETURN u.passwordHash AS h")
                .withParameters(Map.of("id", u.id())).execute().records().get(0).get("h").asString();
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertFalse(hash.contains(Users.PASSWORD));
        String users = admin.get("/api/users").body();
        assertFalse(users.contains("argon2") || users.contains("passwordHash"), users);
        Passwords p = new Passwords();
        String h1 = p.hash("Same-Password-1");
        assertNotEquals(h1, p.hash("Same-Password-1"), "salted");
        assertTrue(p.verify("Same-Password-1", h1));
        assertFalse(p.verify("Same-Password-2", h1));
        assertFalse(p.verify("Same-Password-1", "garbage"));
    }

    @Test
    void membershipsDecideWhatAUserSeesAndCreatorsOwnTheirAccounts() {
        Users.User owner = Users.create(admin, app.port(), "owner");
        Users.User viewer = Users.create(admin, app.port(), "viewer");
        Http.Response created = owner.http().post("/api/accounts", Map.of("name", "Owner's own"));
        String accountId = created.json().get("id").asText();
        String imported = Fixtures.importSmall(owner.http());
        JsonNode mine = owner.http().get("/api/me").json().get("memberships");
        List<String> roles = new ArrayList<>();
        mine.forEach(m -> roles.add(m.get("accountId").asText() + "=" + m.get("role").asText()));
        assertTrue(roles.contains(accountId + "=OWNER") && roles.contains(imported + "=OWNER"), roles.toString());

        assertEquals(0, viewer.http().get("/api/accounts").json().size(), "sees no account before being added");
        Users.grant(owner.http(), accountId, viewer, "VIEWER");
        JsonNode seen = viewer.http().get("/api/accounts").json();
        assertEquals(1, seen.size());
        assertEquals(accountId, seen.get(0).get("id").asText());
        assertTrue(admin.get("/api/accounts").json().size() >= 2, "ADMIN sees all");

        JsonNode members = viewer.http().get("/api/accounts/" + accountId + "/members").json();
        assertEquals(2, members.size());
        assertEquals(403, viewer.http().put("/api/accounts/" + accountId + "/members/" + viewer.id(), Map.of("role", "OWNER")).status(),
                "a VIEWER cannot promote themselves");
        assertEquals(409, owner.http().delete("/api/accounts/" + accountId + "/members/" + owner.id()).status(),
                "the last owner cannot leave");
        Http.Response bad = owner.http().put("/api/accounts/" + accountId + "/members/" + viewer.id(), Map.of("role", "GOD"));
        assertEquals(400, bad.status());
        assertEquals("role", bad.json().at("/errors/0/field").asText());
        assertEquals(404, owner.http().put("/api/accounts/" + accountId + "/members/nobody", Map.of("role", "VIEWER")).status());
        assertEquals(204, owner.http().delete("/api/accounts/" + accountId + "/members/" + viewer.id()).status());
        assertEquals(404, viewer.http().get("/api/accounts/" + accountId).status(), "gone with the membership");

        JsonNode changes = owner.http().get("/api/accounts/" + accountId + "/changes").json().get("changes");
        assertEquals("Member", changes.get(0).get("entityType").asText());
        assertEquals(owner.username(), changes.get(0).get("actor").asText(), "the audit log names the real user");
    }

    private static long owners(String accountId) {
        return TestNeo4j.count("MATCH (:User)-[m:MEMBER {role: 'OWNER'}]->(:Account {id: '" + accountId + "'}) RETURN count(m)");
    }

    /** A new account made by the first user, every one of them its OWNER. */
    private static String ownedBy(Users.User... users) {
        String accountId = users[0].http().post("/api/accounts", Map.of("name", "Shared " + System.nanoTime()))
                .json().get("id").asText();
        for (int i = 1; i < users.length; i++) {
            Users.grant(users[0].http(), accountId, users[i], "OWNER");
        }
        return accountId;
    }

    @Test
    void twoOwnersDemotingEachOtherAtOnceLeaveOneOwner() {
        // The loser is now a VIEWER: 403 when the access check already sees it.
        raceTwoOwners((actor, members, other) -> actor.http().put(members + other.id(), Map.of("role", "VIEWER")), 200, 403, 2);
    }

    @Test
    void twoOwnersRemovingEachOtherAtOnceLeaveOneOwner() {
        // The loser is no longer a member: 404 when the access check already sees it.
        raceTwoOwners((actor, members, other) -> actor.http().delete(members + other.id()), 204, 404, 1);
    }

    private interface MemberChange {
        Http.Response by(Users.User actor, String membersPath, Users.User other);
    }

    /**
     * Bob and Ed, both OWNER, change each other at the same moment, six rounds: one wins and one OWNER is
     * left. The loser gets 409 (the last OWNER) when it raced the winner's transaction, or {@code late} when it
     * arrived after the winner's commit had reached the access check.
     */
    private void raceTwoOwners(MemberChange change, int ok, int late, int membersLeft) {
        Users.User bob = Users.create(admin, app.port(), "bob");
        Users.User ed = Users.create(admin, app.port(), "ed");
        for (int round = 0; round < 6; round++) {
            String accountId = ownedBy(bob, ed);
            String members = "/api/accounts/" + accountId + "/members/";
            List<Http.Response> answers = Race.run(List.of(() -> change.by(bob, members, ed), () -> change.by(ed, members, bob)));
            List<Integer> statuses = answers.stream().map(Http.Response::status).toList();
            assertEquals(1, Race.count(answers, ok), "round " + round + ": " + statuses);
            assertEquals(1, Race.count(answers, 409) + Race.count(answers, late), "round " + round + ": " + statuses);
            assertEquals(1, owners(accountId), "an account always keeps an OWNER");
            assertEquals(membersLeft, admin.get("/api/accounts/" + accountId + "/members").json().size());
        }
    }

    @Test
    void anOwnerDemotedMeanwhileCannotChangeTheTeam() {
        Users.User bob = Users.create(admin, app.port(), "bob");
        Users.User ed = Users.create(admin, app.port(), "ed");
        Users.User cy = Users.create(admin, app.port(), "cy");
        for (int round = 0; round < 6; round++) {
            String accountId = ownedBy(bob, ed, cy);
            String members = "/api/accounts/" + accountId + "/members/";
            List<Http.Response> answers = Race.run(List.of(
                    () -> bob.http().put(members + ed.id(), Map.of("role", "VIEWER")),
                    () -> ed.http().put(members + bob.id(), Map.of("role", "VIEWER"))));
            List<Integer> statuses = answers.stream().map(Http.Response::status).toList();
            assertEquals(1, Race.count(answers, 200), "round " + round + ": " + statuses);
            assertEquals(1, Race.count(answers, 403), "the second is no longer an OWNER (found under the lock or by the "
                    + "access check), round " + round + ": " + statuses);
            assertEquals(2, owners(accountId), "cy and the winner");
        }
    }

    @Test
    void theSecurityLogIsForAdminsOnly() {
        Users.User u = Users.create(admin, app.port(), "nosy");
        assertEquals(403, u.http().get("/api/security/events").status());
        JsonNode events = admin.get("/api/security/events?type=USER_CREATED&limit=5").json();
        assertTrue(events.size() >= 1);
        assertEquals(400, admin.get("/api/security/events?type=NOPE").status());
        assertNotNull(events.get(0).get("at"));
    }
}
