package io.powermap.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.powermap.App;
import io.powermap.auth.CredentialCache;
import io.powermap.support.Fixtures;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The answer caches (graph, analysis, search: serialized per account state) and the credential
 * cache never serve stale data after a write, on the instance that wrote or on another one sharing
 * the Neo4j server; the credential cache lets a revoked session live at most its TTL elsewhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswerCacheTest {

    private App one;
    private App two;
    private Http a;
    private Http b;
    private String account;

    @BeforeAll
    void start() {
        TestNeo4j.clear();
        one = TestApp.remote(false);
        two = TestApp.remote(false);
        a = new Http(one.port());
        b = new Http(two.port());
        account = Fixtures.importSmall(a);
    }

    @AfterAll
    void stop() {
        one.close();
        two.close();
    }

    private String base() {
        return "/api/accounts/" + account;
    }

    private static JsonNode node(JsonNode graph, String id) {
        for (JsonNode n : graph.at("/elements/nodes")) {
            if (n.at("/data/id").asText().equals(id)) {
                return n.get("data");
            }
        }
        throw new AssertionError("no node " + id);
    }

    private static long influenceEdges(JsonNode graph) {
        long n = 0;
        for (JsonNode e : graph.at("/elements/edges")) {
            n += e.at("/data/type").asText().equals("INFLUENCES") ? 1 : 0;
        }
        return n;
    }

    private static String stanceIn(JsonNode analysis, String personId) {
        for (JsonNode p : analysis.get("people")) {
            if (p.get("id").asText().equals(personId)) {
                return p.get("stance").asText();
            }
        }
        throw new AssertionError("no " + personId + " in the analysis");
    }

    private static List<String> names(JsonNode hits) {
        return java.util.stream.StreamSupport.stream(hits.spliterator(), false).map(h -> h.get("name").asText()).toList();
    }

    @Test
    void everyWriteIsInTheNextGraphAnalysisAndSearchOnBothInstances() {
        String eng = Fixtures.personId(a, account, "p-eng");
        String adv = Fixtures.personId(a, account, "p-adv");
        for (Http reader : List.of(a, b)) {        // both instances cache the current answers, twice each
            for (int i = 0; i < 2; i++) {
                assertEquals(200, reader.get(base() + "/graph").status());
                assertEquals(200, reader.get(base() + "/analysis").status());
                assertEquals(List.of("Pieter de Vries"), names(reader.get(base() + "/search?q=piet").json()));
            }
        }
        long ties = influenceEdges(b.get(base() + "/graph").json());

        // A changes a stance: the next answers of both instances have it
        JsonNode person = a.get(base() + "/people/" + eng).json();
        String stance = person.get("stance").asText().equals("CHAMPION") ? "OPPOSED" : "CHAMPION";
        assertEquals(200, a.post(base() + "/people/" + eng + "/stance",
                Map.of("stance", stance, "version", person.get("version").asLong())).status());
        for (Http reader : List.of(a, b)) {
            assertEquals(stance, node(reader.get(base() + "/graph").json(), eng).get("stance").asText());
            assertEquals(stance, stanceIn(reader.get(base() + "/analysis").json(), eng));
        }

        // B adds a tie: A's next graph has one more influence edge
        Http.Response tie = b.post(base() + "/influences", Map.of("from", adv, "to", eng, "kind", "FRIEND", "strength", 2));
        assertEquals(201, tie.status(), tie.body());
        assertEquals(ties + 1, influenceEdges(a.get(base() + "/graph").json()));
        assertEquals(ties + 1, influenceEdges(b.get(base() + "/graph").json()));

        // A renames a person: B's next search finds the new name and no longer the old one
        JsonNode advisor = a.get(base() + "/people/" + adv).json();
        ObjectNode edit = Http.JSON.createObjectNode();
        for (String f : List.of("title", "rank", "orgIds", "reportsTo", "decisionRole", "stance", "risingStar",
                "onOrgChart", "needs", "criteria", "notes", "tags", "version")) {
            edit.set(f, advisor.get(f));
        }
        edit.put("name", "Pieterjan de Vries");
        Http.Response renamed = a.put(base() + "/people/" + adv, edit);
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals(List.of("Pieterjan de Vries"), names(b.get(base() + "/search?q=piet").json()));
        assertEquals(List.of("Pieterjan de Vries"), names(b.get(base() + "/search?q=vries").json()), "the old name is gone");
        assertEquals("Pieterjan de Vries", node(b.get(base() + "/graph").json(), adv).get("name").asText());
    }

    @Test
    void cachedAnswersCarryAnETagThatAnswers304UntilTheAccountChanges() {
        Http.Response first = b.get(base() + "/graph");
        String etag = first.header("ETag");
        assertTrue(etag != null && etag.startsWith("\"") && etag.endsWith("\""), "a strong ETag: " + etag);
        Http.Response again = b.get(base() + "/graph");
        assertEquals(etag, again.header("ETag"));
        assertEquals(first.body(), again.body());
        assertEquals(etag, a.get(base() + "/graph").header("ETag"), "both instances name the same answer alike");

        Http.Response notModified = b.send(HttpRequest.newBuilder(b.uri(base() + "/graph")).header("If-None-Match", etag).GET());
        assertEquals(304, notModified.status());
        assertEquals("", notModified.body());
        assertEquals(etag, notModified.header("ETag"));

        String analysisTag = b.get(base() + "/analysis").header("ETag");
        assertEquals(304, b.send(HttpRequest.newBuilder(b.uri(base() + "/analysis")).header("If-None-Match", analysisTag).GET()).status());

        String eng = Fixtures.personId(a, account, "p-eng");
        JsonNode person = a.get(base() + "/people/" + eng).json();
        assertEquals(200, a.post(base() + "/people/" + eng + "/stance", Map.of("stance",
                person.get("stance").asText().equals("NEUTRAL") ? "FAVORABLE" : "NEUTRAL", "version", person.get("version").asLong())).status());
        Http.Response changed = b.send(HttpRequest.newBuilder(b.uri(base() + "/graph")).header("If-None-Match", etag).GET());
        assertEquals(200, changed.status(), "the write on the other instance changed the answer");
        assertNotEquals(etag, changed.header("ETag"));
        assertEquals(200, b.send(HttpRequest.newBuilder(b.uri(base() + "/analysis")).header("If-None-Match", analysisTag).GET()).status());
    }

    /** A client that accepts gzip gets the cached answer compressed, under its own validator, the same JSON inside. */
    @Test
    void gzipClientsGetTheSameAnswerCompressed() throws Exception {
        Http.Response plain = b.get(base() + "/graph");
        HttpResponse<byte[]> zipped = b.sendForBytes(HttpRequest.newBuilder(b.uri(base() + "/graph"))
                .header("Accept-Encoding", "br;q=1.0, gzip;q=0.8").GET());
        assertEquals(200, zipped.statusCode());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals("Accept-Encoding", zipped.headers().firstValue("Vary").orElse(""));
        byte[] json = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
        assertEquals(plain.body(), new String(json, StandardCharsets.UTF_8));
        assertTrue(zipped.body().length * 3 < json.length, "compressed: " + zipped.body().length + " of " + json.length);
        String gzTag = zipped.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(plain.header("ETag"), gzTag, "each coding has its own strong validator");
        assertArrayEquals(zipped.body(), b.sendForBytes(HttpRequest.newBuilder(b.uri(base() + "/graph"))
                .header("Accept-Encoding", "gzip").GET()).body(), "the same compressed copy again");
        for (String tag : List.of(gzTag, plain.header("ETag"))) {
            assertEquals(304, b.sendForBytes(HttpRequest.newBuilder(b.uri(base() + "/graph"))
                    .header("Accept-Encoding", "gzip").header("If-None-Match", tag).GET()).statusCode());
        }
        HttpResponse<byte[]> refused = b.sendForBytes(HttpRequest.newBuilder(b.uri(base() + "/graph"))
                .header("Accept-Encoding", "gzip;q=0, identity").GET());
        assertTrue(refused.headers().firstValue("Content-Encoding").isEmpty(), "gzip;q=0 means not gzip");
        assertEquals(plain.body(), new String(refused.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aLoggedOutSessionEndsAtOnceHereAndWithinTheCacheTtlOnTheOtherInstance() throws Exception {
        Http mine = Http.as(one.port(), TestApp.ADMIN, TestApp.ADMIN_PASSWORD);
        Http elsewhere = Http.anonymous(two.port()).withSession(mine.session());
        assertEquals(200, elsewhere.get(base() + "/graph").status(), "the session works on B (and B caches it)");
        assertEquals(200, mine.get(base() + "/graph").status());

        assertEquals(204, mine.post("/api/logout", Map.of()).status());
        long loggedOut = System.nanoTime();
        assertEquals(401, Http.anonymous(one.port()).withSession(elsewhere.session()).get(base() + "/graph").status(),
                "the instance that logged out forgets the session at once");
        int status;
        do {
            status = elsewhere.get(base() + "/graph").status();
        } while (status == 200 && System.nanoTime() - loggedOut < 10_000_000_000L);
        long millis = (System.nanoTime() - loggedOut) / 1_000_000;
        assertEquals(401, status);
        assertTrue(millis <= CredentialCache.TTL_MILLIS + 500, "B refused the session after " + millis + " ms");
    }

    @Test
    void aRemovedMemberLosesTheAccountAtOnceAndANewAccountIsUsableAtOnce() {
        String user = "cache-member";
        assertEquals(201, a.post("/api/users", Map.of("username", user, "password", "Member-Pass-42-long")).status());
        String userId = null;
        for (JsonNode u : a.get("/api/users").json()) {
            if (u.get("username").asText().equals(user)) {
                userId = u.get("id").asText();
            }
        }
        assertEquals(200, a.put(base() + "/members/" + userId, Map.of("role", "VIEWER")).status());
        Http member = Http.as(one.port(), user, "Member-Pass-42-long");
        assertEquals(200, member.get(base() + "/graph").status(), "cached with the VIEWER role");
        assertEquals(204, a.delete(base() + "/members/" + userId).status());
        assertEquals(404, member.get(base() + "/graph").status(), "the removal is seen at once on this instance");

        // The creator's cached credential predates the new account: access is re-checked in Neo4j before a refusal.
        Http.Response created = member.post("/api/accounts", Map.of("name", "Fresh Co", "customerClass", "B", "orgLevel", "VENDOR"));
        assertEquals(201, created.status(), created.body());
        String fresh = created.json().get("id").asText();
        assertEquals(200, member.get("/api/accounts/" + fresh + "/graph").status());
        assertFalse(member.get("/api/accounts/" + fresh + "/graph").json().at("/elements/nodes").size() > 0);
    }
}
