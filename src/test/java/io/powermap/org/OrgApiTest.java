package io.powermap.org;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.support.ApiTest;
import io.powermap.support.Fixtures;
import io.powermap.support.Http;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.powermap.support.ResourceChecks.assertExportRoundTrips;
import static io.powermap.support.ResourceChecks.assertField;
import static io.powermap.support.ResourceChecks.assertStale;
import static io.powermap.support.ResourceChecks.assertStatus;
import static io.powermap.support.ResourceChecks.auditActions;
import static io.powermap.support.ResourceChecks.idOf;
import static io.powermap.support.ResourceChecks.nodesAndRels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Orgs through real HTTP: parent links, cycles, versions, the delete policy and the audit log. */
class OrgApiTest extends ApiTest {

    private String account;
    private String other;

    @BeforeEach
    void accounts() {
        TestNeo4j.clear();
        account = Fixtures.importSmall(http);
        other = Fixtures.importSmall(http);
    }

    private String base() {
        return "/api/accounts/" + account + "/orgs";
    }

    private String org(String externalId) {
        return idOf(http, base(), externalId);
    }

    private static Map<String, Object> body(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private long partOf(String orgId, String label, String targetId) {
        return TestNeo4j.count("MATCH (:Org {id: '" + orgId + "'})-[r:PART_OF]->(:" + label + " {id: '" + targetId + "'}) RETURN count(r)");
    }

    @Test
    void listAndDetailCarryParentsMembersAndOwners() {
        JsonNode orgs = http.get(base()).json();
        assertEquals(3, orgs.size());
        JsonNode tech = http.get(base() + "/" + org("o-tech")).json();
        assertEquals("Technology", tech.get("name").asText());
        assertEquals(org("o-hq"), tech.get("parentId").asText());
        assertEquals("Small Telco HQ", tech.get("parentName").asText());
        assertEquals(2, tech.get("members").asLong());
        assertEquals("Anna Berg", tech.at("/owners/0/name").asText());
        assertEquals("SECOND", tech.at("/owners/0/priority").asText());
        assertEquals(1, tech.get("version").asLong());
    }

    @Test
    void createMoveAndDeleteAreStoredLikeTheImportAndAudited() {
        String tech = org("o-tech");
        Http.Response created = http.post(base(), body("name", "Radio Planning", "kind", "DEPARTMENT",
                "parentId", tech, "extensiveLevel", "POOR"));
        assertStatus(201, created);
        String id = created.json().get("id").asText();
        assertEquals(tech, created.json().get("parentId").asText());
        assertEquals(1, created.json().get("version").asLong());
        assertEquals(1, partOf(id, "Org", tech));

        Http.Response moved = http.put(base() + "/" + id, body("name", "Radio Planning Office", "kind", "DEPARTMENT",
                "parentId", null, "extensiveLevel", "GOOD", "version", 1));
        assertStatus(200, moved);
        assertEquals(2, moved.json().get("version").asLong());
        assertTrue(moved.json().get("parentId").isNull());
        assertEquals("GOOD", moved.json().get("extensiveLevel").asText());
        assertEquals(0, partOf(id, "Org", tech));
        assertEquals(1, partOf(id, "Account", account), "a top-level org hangs off the account");
        assertExportRoundTrips(http, account);

        assertStatus(204, http.delete(base() + "/" + id + "?version=2"));
        assertStatus(404, http.get(base() + "/" + id));
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"), auditActions(http, account, "Org", id), "newest first");
    }

    @Test
    void aStaleVersionIs409WithTheCurrentVersionAndNothingIsWritten() {
        String bid = org("o-bid");
        String hq = org("o-hq");
        assertStatus(200, http.put(base() + "/" + bid, body("name", "Bid Evaluation Committee", "kind", "COMMITTEE",
                "parentId", hq, "version", 1)));
        long before = nodesAndRels();
        assertStale(http.put(base() + "/" + bid, body("name", "Old name", "kind", "COMMITTEE", "parentId", hq, "version", 1)), 2);
        assertStale(http.delete(base() + "/" + bid + "?version=1"), 2);
        assertEquals(before, nodesAndRels());
        assertEquals("Bid Evaluation Committee", http.get(base() + "/" + bid).json().get("name").asText());
    }

    @Test
    void eachKindOf400NamesTheFieldAndWritesNothing() {
        String hq = org("o-hq");
        String tech = org("o-tech");
        String foreign = idOf(http, "/api/accounts/" + other + "/orgs", "o-hq");
        long before = nodesAndRels();

        assertField(http.put(base() + "/" + hq, body("name", "HQ", "kind", "COMPANY", "parentId", hq, "version", 1)), "parentId");
        assertField(http.put(base() + "/" + hq, body("name", "HQ", "kind", "COMPANY", "parentId", tech, "version", 1)), "parentId");
        assertField(http.post(base(), body("name", "X", "parentId", foreign)), "parentId");
        assertField(http.post(base(), body("name", "X", "parentId", "no-such-org")), "parentId");
        assertField(http.post(base(), body("name", "")), "name");
        assertField(http.post(base(), body("name", "n".repeat(201))), "name");
        assertField(http.post(base(), body("name", "X", "kind", "TRIBE")), "kind");
        assertField(http.post(base(), body("name", "X", "extensiveLevel", "SUPERB")), "extensiveLevel");
        assertField(http.post(base(), body("name", "X", "color", "red")), "color");
        assertField(http.put(base() + "/" + tech, body("name", "Tech", "kind", "DEPARTMENT", "parentId", hq)), "version");
        assertField(http.delete(base() + "/" + tech), "version");

        assertEquals(before, nodesAndRels(), "nothing written");
    }

    @Test
    void anOrgWithMembersOrChildOrgsCannotBeDeleted() {
        long before = nodesAndRels();
        Http.Response withMembers = http.delete(base() + "/" + org("o-tech") + "?version=1");
        assertStatus(409, withMembers);
        assertTrue(withMembers.json().get("detail").asText().contains("2 member(s)"), withMembers.body());
        Http.Response withChildren = http.delete(base() + "/" + org("o-hq") + "?version=1");
        assertStatus(409, withChildren);
        assertTrue(withChildren.json().get("detail").asText().contains("2 child org(s)"), withChildren.body());
        assertEquals(before, nodesAndRels());
    }

    @Test
    void unknownIdsAndAnotherAccountsOrgsAre404() {
        String foreign = idOf(http, "/api/accounts/" + other + "/orgs", "o-bid");
        assertStatus(404, http.get(base() + "/" + java.util.UUID.randomUUID()));
        assertStatus(404, http.get(base() + "/" + foreign));
        assertStatus(404, http.put(base() + "/" + foreign, body("name", "Mine now", "version", 1)));
        assertStatus(404, http.delete(base() + "/" + foreign + "?version=1"));
        assertStatus(404, http.get("/api/accounts/nope/orgs"));
        assertStatus(404, http.post("/api/accounts/nope/orgs", body("name", "X")));
        assertEquals("Bid Committee", http.get("/api/accounts/" + other + "/orgs/" + foreign).json().get("name").asText());
    }
}
