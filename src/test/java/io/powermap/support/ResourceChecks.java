package io.powermap.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions shared by the resource API tests: 400s naming a field, "nothing written", audit entries. */
public final class ResourceChecks {

    private ResourceChecks() {}

    /** Nodes and relationships in the whole database (audit entries are nodes, so they count too). */
    public static long nodesAndRels() {
        return TestNeo4j.count("MATCH (n) RETURN count(n)") * 1_000_000
                + TestNeo4j.count("MATCH ()-[r]->() RETURN count(r)");
    }

    public static void assertField(Http.Response r, String field) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertTrue(fields.contains(field), field + " in " + fields + " " + r.body());
    }

    public static void assertStatus(int status, Http.Response r) {
        assertEquals(status, r.status(), r.body());
        if (status >= 400) {
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        }
    }

    /** A 409 for a stale version carries the current version. */
    public static void assertStale(Http.Response r, long currentVersion) {
        assertStatus(409, r);
        assertEquals(currentVersion, r.json().get("currentVersion").asLong(), r.body());
    }

    /** The stored id of the item of a list resource whose file id was {@code externalId}. */
    public static String idOf(Http http, String listPath, String externalId) {
        for (JsonNode n : http.get(listPath).json()) {
            if (externalId.equals(n.path("externalId").asText())) {
                return n.get("id").asText();
            }
        }
        throw new AssertionError("no " + externalId + " in " + listPath);
    }

    /**
     * What the API wrote is what the import writes: the account's export imports again (201) and
     * exports to the same document apart from the account's own id.
     */
    public static void assertExportRoundTrips(Http http, String accountId) {
        JsonNode exported = http.get("/api/accounts/" + accountId + "/export").json();
        Http.Response again = http.post("/api/import", exported);
        assertEquals(201, again.status(), again.body());
        JsonNode reExported = http.get("/api/accounts/" + again.json().get("accountId").asText() + "/export").json();
        assertEquals(stripped(exported), stripped(reExported));
    }

    private static JsonNode stripped(JsonNode doc) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = doc.deepCopy();
        copy.remove("exportedAt");
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy.get("account")).remove("id");
        return copy;
    }

    /** The audit actions recorded for one entity in an account's log, newest first. */
    public static List<String> auditActions(Http http, String accountId, String entityType, String entityId) {
        return actions(http.get("/api/accounts/" + accountId + "/changes?size=500").json(), entityType, entityId);
    }

    public static List<String> actions(JsonNode page, String entityType, String entityId) {
        List<String> actions = new ArrayList<>();
        page.get("changes").forEach(c -> {
            if (entityType.equals(c.get("entityType").asText()) && entityId.equals(c.get("entityId").asText())) {
                actions.add(c.get("action").asText());
            }
        });
        return actions;
    }
}
