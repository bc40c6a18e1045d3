package io.powermap.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.powermap.App;
import io.powermap.support.Fixtures;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import io.powermap.support.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Personal-data export and erasure of one person: everything about them goes, mentions and audit values included. */
class EraseTest {

    private static final String NAME = "Ольга Смирнова";
    private static App app;
    private static Http admin;
    private String accountId;
    private String personId;
    private Users.User owner;

    @BeforeAll
    static void start() {
        app = TestApp.remote(false);
        admin = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void account() {
        TestNeo4j.clear();
        ObjectNode doc = Fixtures.document("small");
        ((ObjectNode) doc.get("interactions").get(0)).put("summary", "QBR; " + NAME + " asked about energy");
        ((ObjectNode) doc.get("actions").get(0)).put("notes", "Invite " + NAME + "'s team");
        ((ObjectNode) doc.get("visits").get(0)).put("objective", "CEO sponsorship, " + NAME + " to join");
        ObjectNode chief = (ObjectNode) doc.get("people").get(0);
        chief.put("notes", "Decides with the board; listens to " + NAME + ".");
        ((ArrayNode) chief.at("/needs/professional")).add("keep " + NAME + " on board");
        ((ObjectNode) chief.get("criteria").get(0)).put("note", "capex, as " + NAME + " frames it");
        ((ArrayNode) chief.get("tags")).add(NAME + " ally");
        ((ObjectNode) doc.get("people").get(2).get("orgRoles")).put("o-tech", "Deputy to " + NAME);
        ((ObjectNode) doc.get("influences").get(0)).put("source", "dinner; " + NAME + " was there");
        ((ObjectNode) doc.get("orgs").get(2)).put("name", NAME + "'s bid committee");
        ((ObjectNode) doc.get("opportunities").get(0)).put("name", "RAN swap, " + NAME + "'s budget");
        ((ObjectNode) doc.get("account")).put("notes", "Met through " + NAME);
        owner = Users.create(admin, app.port(), "owner");
        Http.Response r = owner.http().post("/api/import", doc);
        assertEquals(201, r.status(), r.body());
        accountId = r.json().get("accountId").asText();
        personId = Fixtures.personId(owner.http(), accountId, "p-cto");
        Http.Response stance = owner.http().post(base() + "/stance", Map.of("stance", "SUPPORTIVE", "note", "after the lab", "version", 1));
        assertEquals(200, stance.status(), stance.body());
        String ceo = Fixtures.personId(owner.http(), accountId, "p-ceo");
        assertEquals(201, owner.http().post("/api/accounts/" + accountId + "/influences",
                Map.of("from", ceo, "to", personId, "kind", "TRUST", "strength", 2)).status());
    }

    private String base() {
        return "/api/accounts/" + accountId + "/people/" + personId;
    }

    /** A property value that holds $t: a string containing it, or a list with such a string. */
    private static final String HOLDS = "%1$s IS :: STRING AND %1$s CONTAINS $t OR any(x IN coalesce(%1$s, []) WHERE x IS :: STRING AND x CONTAINS $t)";

    /** Nodes plus relationships anywhere in the database with a string (or string-list) property holding the text. */
    private static long nodesMentioning(String text) {
        return TestNeo4j.driver().executableQuery("MATCH (n) WHERE any(k IN keys(n) WHERE " + HOLDS.formatted("n[k]") + ") RETURN count(n) AS c")
                .withParameters(Map.of("t", text)).execute().records().get(0).get("c").asLong()
                + TestNeo4j.driver().executableQuery("MATCH ()-[r]->() WHERE any(k IN keys(r) WHERE " + HOLDS.formatted("r[k]") + ") RETURN count(r) AS c")
                .withParameters(Map.of("t", text)).execute().records().get(0).get("c").asLong();
    }

    @Test
    void personalDataHoldsEverythingAboutThePersonForOwnersOnly() {
        Http.Response r = owner.http().get(base() + "/personal-data");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.header("Content-Disposition").startsWith("attachment"));
        JsonNode d = r.json();
        assertEquals(NAME, d.at("/person/name").asText());
        assertEquals(3, d.get("ties").size(), "two imported ties in, one created");
        assertEquals(1, d.get("interactions").size());
        assertEquals(1, d.get("actions").size());
        assertEquals(1, d.get("visits").size());
        Set<String> mentioned = new TreeSet<>();
        d.get("mentions").forEach(m -> mentioned.add(m.get("type").asText()));
        assertEquals(Set.of("Interaction", "Action", "VisitPlan", "Person", "Influence", "Membership", "Org", "Opportunity", "Account"),
                mentioned, d.get("mentions").toString());
        assertTrue(d.get("changes").size() >= 2, "stance change and the tie: " + d.get("changes"));
        assertTrue(d.at("/person/stanceHistory").size() >= 1);

        Users.User editor = Users.create(admin, app.port(), "editor");
        Users.grant(owner.http(), accountId, editor, "EDITOR");
        assertEquals(403, editor.http().get(base() + "/personal-data").status());
        assertEquals(404, owner.http().get("/api/accounts/" + accountId + "/people/nobody/personal-data").status());
    }

    @Test
    void eraseRemovesThePersonTiesHistoryMentionsAndAuditValues() {
        assertTrue(nodesMentioning(NAME) >= 6, "the name is spread around before");
        long stanceChangesBefore = TestNeo4j.count("MATCH (s:StanceChange) RETURN count(s)");
        long herStanceChanges = TestNeo4j.count("MATCH (:Person {id: '" + personId + "'})-[:HAD_STANCE]->(s) RETURN count(s)");

        Users.User editor = Users.create(admin, app.port(), "editor");
        Users.grant(owner.http(), accountId, editor, "EDITOR");
        assertEquals(403, editor.http().post(base() + "/erase", Map.of("confirm", NAME)).status(), "EDITOR may not erase");
        Http.Response wrong = owner.http().post(base() + "/erase", Map.of("confirm", "Olga"));
        assertEquals(400, wrong.status());
        assertEquals("confirm", wrong.json().at("/errors/0/field").asText());
        assertEquals(1, TestNeo4j.count("MATCH (p:Person {id: '" + personId + "'}) RETURN count(p)"), "nothing erased yet");

        String map = "/api/accounts/" + accountId + "/graph";
        String analysis = "/api/accounts/" + accountId + "/analysis";
        assertTrue(owner.http().get(map).body().contains(NAME), "the map is read (and cached) before");
        assertTrue(owner.http().get(analysis).body().contains(NAME), "so is the analysis, with the tie source as evidence");

        Http.Response erased = owner.http().post(base() + "/erase", Map.of("confirm", NAME));
        assertEquals(200, erased.status(), erased.body());
        assertEquals(herStanceChanges, erased.json().get("stanceChanges").asLong());
        assertEquals(9, erased.json().get("redactedTexts").asLong(),
                "interaction, action, visit, the CEO (notes, need, criterion, tag), a tie source, a role title, org, opportunity, account: "
                + erased.body());

        assertEquals(0, TestNeo4j.count("MATCH (p:Person {id: '" + personId + "'}) RETURN count(p)"));
        assertEquals(stanceChangesBefore - herStanceChanges, TestNeo4j.count("MATCH (s:StanceChange) RETURN count(s)"));
        assertEquals(1, owner.http().get("/api/accounts/" + accountId + "/influences").json().size(),
                "her three ties are gone, the fourth stays");
        assertEquals(0, nodesMentioning(NAME), "no node or relationship anywhere holds the name");
        assertEquals(0, nodesMentioning("Смирнова"));
        assertFalse(owner.http().get(map).body().contains(NAME), "no cached map keeps the name");
        assertFalse(owner.http().get(analysis).body().contains(NAME), "nor a cached analysis");
        assertEquals(0, TestNeo4j.count("MATCH (c:Change {entityId: '" + personId + "'}) WHERE c.action <> 'ERASE' "
                + "AND (c.before IS NOT NULL AND c.before <> '{\"redacted\":true}' OR c.after IS NOT NULL AND c.after <> '{\"redacted\":true}') RETURN count(c)"),
                "the person's own audit entries keep no values");
        JsonNode export = owner.http().get("/api/accounts/" + accountId + "/export").json();
        assertFalse(export.toString().contains(NAME));
        assertTrue(export.toString().contains("[erased]"), "mentions are replaced, not deleted");
        assertEquals(404, owner.http().get(base()).status());

        JsonNode last = owner.http().get("/api/accounts/" + accountId + "/changes").json().get("changes").get(0);
        assertEquals("ERASE", last.get("action").asText());
        assertEquals(owner.username(), last.get("actor").asText(), "the erasure itself is audited, by the real user");
        assertEquals("[erased]", last.get("entityName").asText());
        assertEquals(404, owner.http().post(base() + "/erase", Map.of("confirm", NAME)).status(), "once");
    }

    @Test
    void onlyWholeWordMentionsInAnyLetterCaseAreRedacted() {
        ObjectNode doc = Fixtures.document("small");
        ((ObjectNode) doc.get("people").get(3)).put("name", "Ann Lee");
        ((ObjectNode) doc.get("account")).put("notes", "Ann Lee's team; JOANN LEE and Ann Leeson are others; ann lee agreed");
        ((ObjectNode) doc.get("interactions").get(0)).put("summary", "Lunch with Joann Lee");
        ((ObjectNode) doc.get("people").get(0)).put("notes", "Ann Leeson's cousin");
        Http.Response r = owner.http().post("/api/import", doc);
        assertEquals(201, r.status(), r.body());
        String account = r.json().get("accountId").asText();
        String ann = Fixtures.personId(owner.http(), account, "p-adv");
        String person = "/api/accounts/" + account + "/people/" + ann;

        JsonNode mentions = owner.http().get(person + "/personal-data").json().get("mentions");
        assertEquals(1, mentions.size(), "the account notes only: " + mentions);
        assertEquals("Account", mentions.get(0).get("type").asText());

        Http.Response erased = owner.http().post(person + "/erase", Map.of("confirm", "Ann Lee"));
        assertEquals(200, erased.status(), erased.body());
        assertEquals(1, erased.json().get("redactedTexts").asLong(), erased.body());
        JsonNode export = owner.http().get("/api/accounts/" + account + "/export").json();
        assertEquals("[erased]'s team; JOANN LEE and Ann Leeson are others; [erased] agreed", export.at("/account/notes").asText());
        assertEquals("Lunch with Joann Lee", export.at("/interactions/0/summary").asText());
        assertEquals("Ann Leeson's cousin", export.at("/people/0/notes").asText(), "not touched, so not re-versioned either");
        assertEquals(1, owner.http().get("/api/accounts/" + account + "/people/" + Fixtures.personId(owner.http(), account, "p-ceo"))
                .json().get("version").asLong());
    }

    @Test
    void anAdminMayEraseInAnyAccount() {
        assertEquals(200, admin.post(base() + "/erase", Map.of("confirm", NAME)).status());
        assertEquals(0, nodesMentioning(NAME));
    }
}
