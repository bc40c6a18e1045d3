package io.powermap.web;

import io.powermap.App;
import io.powermap.support.Fixtures;
import io.powermap.support.Http;
import io.powermap.support.RouteTable;
import io.powermap.support.RouteTable.Route;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import io.powermap.support.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sends malformed, truncated, wrongly-typed, huge and Unicode-edge-case bodies, path parameters and
 * query parameters to every route (walked from the routing table), as an admin who may do anything.
 * Every answer is below 500, every refusal is problem+json with 400/404/413/415, nothing is accepted
 * and the database is unchanged afterwards.
 */
class FuzzTest {

    private static final Set<Integer> REFUSALS = Set.of(400, 404, 413, 415);
    private static final List<String> FIELDS = List.of("name", "username", "password", "displayName", "admin", "disabled",
            "role", "stance", "note", "notes", "version", "confirm", "currentPassword", "newPassword", "expiresInDays",
            "from", "to", "kind", "strength", "confidence", "source", "since", "title", "rank", "orgIds", "orgRoles",
            "reportsTo", "decisionRole", "tags", "needs", "criteria", "customerClass", "orgLevel", "format", "account",
            "people", "influences", "risingStar", "onOrgChart");
    private static final Set<String> NUMERIC = Set.of("version", "expiresInDays", "strength", "confidence");

    private static App app;
    private static Http admin;
    private static List<Route> routes;
    private static Map<String, String> params;

    @BeforeAll
    static void start() {
        TestNeo4j.clear();
        app = TestApp.remote(false);
        admin = new Http(app.port());
        // Not fuzzed here: logout (would end the session of the walk) and the bulk import, which answers
        // 202 at once and validates in the background (its failures are reported on the job).
        routes = RouteTable.api(app).stream()
                .filter(r -> !Set.of("POST /api/logout", "POST /api/imports").contains(r.toString())).toList();
        String accountId = Fixtures.importSmall(admin);
        Users.create(admin, app.port(), "fuzz");
        params = RouteTable.ids(admin, accountId);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static long dataCounts() {
        return TestNeo4j.count(TestNeo4j.DATA_NODES) * 1_000_000
                + TestNeo4j.count("MATCH ()-[r]->() WHERE NOT type(r) IN ['SESSION_OF', 'TOKEN_OF'] RETURN count(r)");
    }

    /** Bodies none of which any route may accept, each with what it is. */
    static Map<String, byte[]> badBodies() {
        Map<String, byte[]> b = new LinkedHashMap<>();
        for (String s : List.of("", " ", "{", "}", "[", "{\"a\":}", "[1,2", "nul", "{'name':'x'}", "{\"name\":\"x\",}",
                "\"unterminated", "{\"name\" \"x\"}", "{}{}", "{} trailing", "NaN", "{\"version\":NaN}", "{\"version\":01}",
                "{\"version\":1e999999}", "{\"version\":99999999999999999999999}", "{\"name\":\"x\",\"name\":\"y\"}",
                "{\"name\":\"Acme\",\"customerClass\":\"A\"", "{\"username\":\"admin\",\"passw", "{\"format\":\"powermap/1\",\"account\":{\"na",
                "[]", "\"x\"", "1", "true", "null", "{\"zzz\":1}", "{\"__proto__\":{\"admin\":true}}")) {
            b.put("text " + s, s.getBytes(StandardCharsets.UTF_8));
        }
        for (String f : FIELDS) {
            for (String v : List.of("123", "[]", "{}", "[[[]]]", "-0.5e-7")) {
                if (NUMERIC.contains(f) && v.equals("123")) {
                    continue; // the right type: not a bad body
                }
                b.put("typed " + f + "=" + v, ("{\"" + f + "\":" + v + "}").getBytes(StandardCharsets.UTF_8));
            }
            if (NUMERIC.contains(f)) {
                b.put("typed " + f + "=\"1\"", ("{\"" + f + "\":\"1\"}").getBytes(StandardCharsets.UTF_8));
            } else {
                b.put("typed " + f + "=true", ("{\"" + f + "\":true}").getBytes(StandardCharsets.UTF_8));
            }
        }
        b.put("huge string", ("{\"name\":\"" + "x".repeat(2_100_000) + "\"}").getBytes(StandardCharsets.UTF_8));
        b.put("huge list", ("{\"tags\":[" + "\"t\",".repeat(400_000) + "\"t\"]}").getBytes(StandardCharsets.UTF_8));
        b.put("deep nesting", ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8));
        b.put("deep object", ("{\"a\":".repeat(200) + "1" + "}".repeat(200)).getBytes(StandardCharsets.UTF_8));
        b.put("long key", ("{\"" + "k".repeat(100_000) + "\":1}").getBytes(StandardCharsets.UTF_8));
        for (String u : List.of("\\ud800", "\\udc00x", "a\\u0000b", "\\ud83d", "x\\ud83d\\u0041", "\\uDFFF\\uD800")) {
            for (String f : List.of("name", "username", "confirm", "notes", "note", "password")) {
                b.put("unicode " + f + "=" + u, ("{\"" + f + "\":\"" + u + "\"}").getBytes(StandardCharsets.UTF_8));
            }
        }
        b.put("unicode valid but wrong type elsewhere",
                "{\"name\":\"\u202e\u200d\ud83d\ude00 Zalgo z\u0351\u0352\",\"version\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        b.put("invalid utf-8", new byte[]{'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'});
        b.put("overlong utf-8", new byte[]{'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xc0, (byte) 0xaf, '"', '}'});
        b.put("cesu surrogate", new byte[]{'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"', '}'});
        b.put("truncated utf-8", new byte[]{'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xe2, (byte) 0x82});
        b.put("bom then garbage", new byte[]{(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '{', 'x'});
        b.put("utf-16 truncated", "\ufeff{\"name\":".getBytes(StandardCharsets.UTF_16BE));
        return b;
    }

    private static Http.Response send(Route r, String path, String contentType, byte[] body) {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path));
        if (contentType != null) {
            req.header("Content-Type", contentType);
        }
        req.method(r.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        // Jetty closes the connection after refusing a malformed URI or an oversized body; the client may reuse
        // it (and another pooled one closed the same way) before it notices: a fresh connection gets the answer.
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return admin.send(req);
            } catch (IllegalStateException closed) {
                last = closed;
            }
        }
        return new Http.Response(-1, "", "no answer: " + last.getMessage(), Map.of());
    }

    private static void check(List<String> problems, Route r, String what, Http.Response res) {
        int s = res.status();
        boolean getOk = r.method().equals("GET") && s == 200;
        if (getOk) {
            return;
        }
        if (!REFUSALS.contains(s) || !res.contentType().startsWith("application/problem+json")) {
            problems.add(r + " [" + what + "] -> " + s + " " + res.contentType() + " "
                    + res.body().substring(0, Math.min(200, res.body().length())));
        }
    }

    @Test
    void badBodiesAreRefusedAsProblemsAndWriteNothing() {
        long before = dataCounts();
        List<String> problems = new ArrayList<>();
        Map<String, byte[]> bodies = badBodies();
        int sent = 0;
        for (Route r : routes) {
            if (!r.hasBody()) {
                continue;
            }
            String path = r.fill(params);
            for (Map.Entry<String, byte[]> b : bodies.entrySet()) {
                check(problems, r, b.getKey(), send(r, path, "application/json", b.getValue()));
                sent++;
            }
            for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonp")) {
                check(problems, r, type, send(r, path, type, "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
            }
            check(problems, r, "no content type", send(r, path, null, "{}".getBytes(StandardCharsets.UTF_8)));
            check(problems, r, "no body", send(r, path, "application/json", null));
        }
        assertEquals(List.of(), problems, problems.size() + " of " + sent + " requests");
        assertEquals(before, dataCounts(), "the database is unchanged");
        assertEquals(200, admin.get("/api/me").status());
    }

    @Test
    void badPathAndQueryParametersAreRefusedAsProblems() {
        long before = dataCounts();
        List<String> problems = new ArrayList<>();
        List<String> values = List.of("..%2F..%2Fetc%2Fpasswd", "%00", "%F0%9F%92%A9", "x".repeat(3000), "%E2%80%AE",
                "%27%20OR%201%3D1%20--", "%7B%7D", "a%20b", "%5Cu0000", "%3Cscript%3E", "%C3%A9t%C3%A9", ".", "%2E%2E",
                "%ED%A0%80", "%C0%AF", "%FF");
        for (Route r : routes) {
            byte[] body = r.hasBody() ? "{}".getBytes(StandardCharsets.UTF_8) : null;
            for (String param : r.params()) {
                for (String v : values) {
                    Map<String, String> p = new LinkedHashMap<>(params);
                    p.put(param, v);
                    check(problems, r, param + "=" + v, send(r, r.fill(p), "application/json", body));
                }
            }
            for (String q : List.of("version=abc", "version=99999999999999999999999", "version=%00", "page=-1&size=0",
                    "page=abc&size=1e9", "since=not-a-date", "since=%00", "q=%00", "q=" + "q".repeat(300), "q=%22%5C%2A%3F",
                    "view=%F0%9F%92%A9", "k=1000", "k=-1", "to=%00&from=%00", "limit=-5", "limit=abc", "type=%27",
                    "confirm=%00", "confirm=" + "c".repeat(5000), "opportunityId=%ED%A0%80", "view=all&view=formal",
                    "version=1.5", "version=0x10")) {
                String path = r.fill(params) + "?" + q;
                check(problems, r, q.length() > 60 ? q.substring(0, 60) : q, send(r, path, "application/json", body));
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(before, dataCounts(), "the database is unchanged");
    }

    /** Requests the Java client refuses to build, sent over a raw socket: Jetty's own refusals are problems too. */
    @Test
    void malformedRequestLinesAndHeadersGetNo500() throws IOException {
        String cookie = "powermap_session=" + admin.session();
        List<String> problems = new ArrayList<>();
        for (String target : List.of("/api/accounts/%ZZ", "/api/accounts/%", "/api/accounts/%u0041",
                "/api/accounts/" + params.get("accountId") + "/search?q=%ZZ", "/api/../api/me", "/api/accounts/a%2Fb",
                "/api/accounts/%2e%2e/me", "/api/accounts//people", "/api/me;jsessionid=1")) {
            String raw = raw("GET " + target + " HTTP/1.1\r\nHost: localhost:" + app.port() + "\r\nCookie: " + cookie
                    + "\r\nConnection: close\r\n\r\n");
            int status = Integer.parseInt(raw.substring(9, 12));
            if (status >= 500 || (status != 200 && !raw.toLowerCase().contains("content-type: application/problem+json"))) {
                problems.add(target + " -> " + raw.lines().findFirst().orElse("") + " "
                        + raw.lines().filter(l -> l.toLowerCase().startsWith("content-type")).findFirst().orElse("(no content type)"));
            }
        }
        String badHeader = raw("GET /api/me HTTP/1.1\r\nHost: localhost:" + app.port() + "\r\nCookie: " + cookie
                + "\r\nAuthorization: Bearer " + "z".repeat(5000) + "\r\nConnection: close\r\n\r\n");
        assertTrue(badHeader.startsWith("HTTP/1.1 401"), badHeader.lines().findFirst().orElse(""));
        assertEquals(List.of(), problems);
    }

    private static String raw(String request) throws IOException {
        try (Socket s = new Socket("localhost", app.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            return buf.toString(StandardCharsets.UTF_8);
        }
    }
}
