package io.powermap.action;

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

/** Relationship actions and the compliance rule, through real HTTP. */
class ActionApiTest extends ApiTest {

    private String account;
    private String other;

    @BeforeEach
    void accounts() {
        TestNeo4j.clear();
        account = Fixtures.importSmall(http);
        other = Fixtures.importSmall(http);
    }

    private String base() {
        return "/api/accounts/" + account + "/actions";
    }

    private String staff(String accountId, String externalId) {
        return idOf(http, "/api/accounts/" + accountId + "/staff", externalId);
    }

    private static Map<String, Object> body(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void actionsAreCreatedUpdatedDeletedAndAudited() {
        String cto = Fixtures.personId(http, account, "p-cto");
        String bo = staff(account, "s-bo");
        Http.Response created = http.post(base(), body("kind", "SITE_VISIT", "title", "Reference site in Oslo",
                "due", "2027-01-15", "personId", cto, "ownerStaffId", bo));
        assertStatus(201, created);
        String id = created.json().get("id").asText();
        assertEquals("PLANNED", created.json().get("status").asText(), "the import's defaults");
        assertEquals("NONE", created.json().get("complianceRisk").asText());
        assertEquals("Ольга Смирнова", created.json().get("personName").asText());
        assertEquals("Bo Lind", created.json().get("ownerName").asText());

        Http.Response gift = http.post(base(), body("kind", "GIFT", "title", "Conference pass", "complianceRisk", "HIGH",
                "approvedBy", "Compliance Office", "personId", cto));
        assertStatus(201, gift);

        Http.Response updated = http.put(base() + "/" + id, body("kind", "SITE_VISIT", "title", "Reference site in Oslo",
                "due", "2027-01-20", "status", "IN_PROGRESS", "personId", cto, "ownerStaffId", null, "version", 1));
        assertStatus(200, updated);
        assertEquals("IN_PROGRESS", updated.json().get("status").asText());
        assertTrue(updated.json().get("ownerStaffId").isNull());
        assertEquals(2, updated.json().get("version").asLong());
        assertEquals(4, http.get(base()).json().size());
        assertExportRoundTrips(http, account);

        assertStatus(204, http.delete(base() + "/" + id + "?version=2"));
        assertStatus(404, http.get(base() + "/" + id));
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"), auditActions(http, account, "Action", id));
    }

    @Test
    void complianceSensitiveActionsNeedARiskAndAnApprover() {
        String eng = Fixtures.personId(http, account, "p-eng");
        long before = nodesAndRels();
        for (String kind : List.of("GIFT", "FAVOR", "HOSPITALITY")) {
            assertField(http.post(base(), body("kind", kind, "title", "t", "personId", eng, "approvedBy", "Compliance")), "complianceRisk");
            assertField(http.post(base(), body("kind", kind, "title", "t", "personId", eng, "complianceRisk", "NONE",
                    "approvedBy", "Compliance")), "complianceRisk");
            assertField(http.post(base(), body("kind", kind, "title", "t", "personId", eng, "complianceRisk", "LOW")), "approvedBy");
            assertField(http.post(base(), body("kind", kind, "title", "t", "complianceRisk", "LOW", "approvedBy", " ")), "approvedBy");
        }
        String a2 = idOf(http, base(), "a-2");
        assertField(http.put(base() + "/" + a2, body("kind", "HOSPITALITY", "title", "Dinner at MWC", "complianceRisk", "LOW",
                "approvedBy", null, "version", 1)), "approvedBy");
        assertEquals(before, nodesAndRels(), "nothing written");
    }

    @Test
    void eachOtherKindOf400NamesTheFieldAndWritesNothing() {
        String foreign = Fixtures.personId(http, other, "p-eng");
        String otherBo = staff(other, "s-bo");
        String a1 = idOf(http, base(), "a-1");
        long before = nodesAndRels();
        assertField(http.post(base(), body("kind", "WORKSHOP")), "title");
        assertField(http.post(base(), body("kind", "BRIBE", "title", "t")), "kind");
        assertField(http.post(base(), body("title", "t", "status", "SOMEDAY")), "status");
        assertField(http.post(base(), body("title", "t", "complianceRisk", "MEDIUM")), "complianceRisk");
        assertField(http.post(base(), body("title", "t", "due", "soon")), "due");
        assertField(http.post(base(), body("title", "t", "personId", foreign)), "personId");
        assertField(http.post(base(), body("title", "t", "ownerStaffId", otherBo)), "ownerStaffId");
        assertField(http.post(base(), body("title", "t", "notes", "n".repeat(10_001))), "notes");
        assertField(http.put(base() + "/" + a1, body("title", "t")), "version");
        assertEquals(before, nodesAndRels(), "nothing written");
    }

    @Test
    void staleVersionsAndUnknownOrForeignIdsAreRefused() {
        String a1 = idOf(http, base(), "a-1");
        String foreign = idOf(http, "/api/accounts/" + other + "/actions", "a-1");
        assertStatus(200, http.put(base() + "/" + a1, body("kind", "WORKSHOP", "title", "Energy workshop II", "version", 1)));
        long before = nodesAndRels();
        assertStale(http.put(base() + "/" + a1, body("kind", "WORKSHOP", "title", "Energy workshop", "version", 1)), 2);
        assertStale(http.delete(base() + "/" + a1 + "?version=1"), 2);
        assertStatus(404, http.get(base() + "/" + foreign));
        assertStatus(404, http.put(base() + "/" + foreign, body("title", "X", "version", 1)));
        assertStatus(404, http.delete(base() + "/" + foreign + "?version=1"));
        assertStatus(404, http.get(base() + "/" + java.util.UUID.randomUUID()));
        assertStatus(404, http.get("/api/accounts/nope/actions"));
        assertEquals(before, nodesAndRels());
    }
}
