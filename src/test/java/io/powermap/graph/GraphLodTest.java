package io.powermap.graph;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.App;
import io.powermap.support.Documents;
import io.powermap.support.Fixtures;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Large maps: above POWERMAP_LOD_THRESHOLD people the graph is org clusters with aggregated ties. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphLodTest {

    private static final int PEOPLE = 400;
    private static final int TIES = 2_000;
    private App app;
    private Http http;
    private String big;

    @BeforeAll
    void start() throws Exception {
        TestNeo4j.clear();
        app = TestApp.remote(false, Map.of("POWERMAP_LOD_THRESHOLD", "100"));
        http = new Http(app.port());
        Http.Response r = http.post("/api/import", new String(Documents.generate(PEOPLE, TIES, 5), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(201, r.status(), r.body());
        big = r.json().get("accountId").asText();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    /** Every person is in exactly one cluster or shown; every tie is an edge, inside a cluster or in an aggregate. */
    private static void assertConserved(JsonNode g) {
        long people = 0;
        long ties = 0;
        Set<String> ids = new HashSet<>();
        for (JsonNode n : g.at("/elements/nodes")) {
            JsonNode d = n.get("data");
            assertTrue(ids.add(d.get("id").asText()), "unique node ids");
            if (d.get("type").asText().equals("cluster")) {
                people += d.get("count").asLong();
                ties += d.get("internalTies").asLong();
                assertTrue(d.get("id").asText().startsWith("cluster:"));
            } else {
                assertEquals("person", d.get("type").asText());
                people++;
            }
        }
        for (JsonNode e : g.at("/elements/edges")) {
            JsonNode d = e.get("data");
            assertTrue(ids.contains(d.get("source").asText()) && ids.contains(d.get("target").asText()), d.toString());
            if (d.get("type").asText().equals("INFLUENCES")) {
                ties++;
            } else if (d.get("type").asText().equals("AGGREGATE") && d.get("relation").asText().equals("INFLUENCES")) {
                ties += d.get("count").asLong();
                assertTrue(d.get("weight").asDouble() > 0);
            }
        }
        assertEquals(PEOPLE, people, "people");
        assertEquals(TIES, ties, "ties");
        assertEquals(PEOPLE, g.at("/lod/people").asLong());
        assertEquals(TIES, g.at("/lod/ties").asLong());
    }

    @Test
    void aLargeAccountIsSentAsOrgClustersWithAggregatedTies() {
        JsonNode g = http.get("/api/accounts/" + big + "/graph").json();
        assertFalse(g.get("lod").isNull(), "level of detail above the threshold");
        assertTrue(g.at("/lod/clusters").asInt() >= 2, g.get("lod").toString());
        assertTrue(g.at("/elements/nodes").size() < PEOPLE / 2, "far fewer nodes than people");
        assertConserved(g);
        JsonNode cluster = null;
        for (JsonNode n : g.at("/elements/nodes")) {
            if (n.at("/data/type").asText().equals("cluster")) {
                cluster = n.get("data");
                break;
            }
        }
        assertTrue(cluster.has("stances") && cluster.has("label") && cluster.has("orgId") && cluster.has("expandable"), cluster.toString());
    }

    @Test
    void expandingAClusterShowsItsPeopleOrItsSubOrgs() {
        JsonNode g = http.get("/api/accounts/" + big + "/graph").json();
        JsonNode biggest = null;
        for (JsonNode n : g.at("/elements/nodes")) {
            JsonNode d = n.get("data");
            if (d.get("type").asText().equals("cluster") && (biggest == null || d.get("count").asInt() > biggest.get("count").asInt())) {
                biggest = d;
            }
        }
        String orgId = biggest.get("orgId").asText();
        JsonNode expanded = http.get("/api/accounts/" + big + "/graph?expand=" + orgId).json();
        assertConserved(expanded);
        assertEquals(orgId, expanded.at("/lod/expanded/0").asText());
        for (JsonNode n : expanded.at("/elements/nodes")) {
            assertFalse(n.at("/data/id").asText().equals("cluster:" + orgId), "the expanded org is no longer a cluster");
        }
        assertTrue(expanded.at("/lod/visiblePeople").asInt() > g.at("/lod/visiblePeople").asInt()
                || expanded.at("/lod/clusters").asInt() > g.at("/lod/clusters").asInt(), "expanding shows more");
        // a person shown one by one carries the same attributes as in the full graph
        for (JsonNode n : expanded.at("/elements/nodes")) {
            if (n.at("/data/type").asText().equals("person")) {
                assertTrue(n.get("data").has("stance") && n.get("data").has("orgId"), n.toString());
                break;
            }
        }
        // the cluster id works as well as the org id
        JsonNode again = http.get("/api/accounts/" + big + "/graph?expand=cluster:" + orgId).json();
        assertEquals(expanded.at("/elements/nodes").size(), again.at("/elements/nodes").size());
    }

    @Test
    void lodFalseForcesTheFullGraphAndSmallAccountsAreFull() {
        JsonNode full = http.get("/api/accounts/" + big + "/graph?lod=false").json();
        assertTrue(full.get("lod").isNull());
        assertEquals(PEOPLE, full.at("/elements/nodes").size());
        String small = Fixtures.importSmall(http);
        JsonNode g = http.get("/api/accounts/" + small + "/graph").json();
        assertTrue(g.get("lod").isNull());
        assertEquals(4, g.at("/elements/nodes").size());
        assertEquals(400, http.get("/api/accounts/" + big + "/graph?lod=maybe").status());
        assertEquals(400, http.get("/api/accounts/" + big + "/graph?lod=false&expand=x").status());
    }

    @Test
    void anEditChangesTheClusterViewAtOnce() {
        JsonNode before = http.get("/api/accounts/" + big + "/graph?view=influence").json();
        String personId = firstPerson(http.get("/api/accounts/" + big + "/people").json());
        JsonNode person = http.get("/api/accounts/" + big + "/people/" + personId).json();
        String other = person.get("stance").asText().equals("CHAMPION") ? "OPPOSED" : "CHAMPION";
        Http.Response changed = http.post("/api/accounts/" + big + "/people/" + personId + "/stance",
                Map.of("stance", other, "version", person.get("version").asLong()));
        assertEquals(200, changed.status(), changed.body());
        JsonNode after = http.get("/api/accounts/" + big + "/graph?view=influence").json();
        assertFalse(stances(before).equals(stances(after)), "cluster stance counts follow the edit");
    }

    private static String firstPerson(JsonNode list) {
        JsonNode items = list.isArray() ? list : list.path("items");
        return items.get(0).get("id").asText();
    }

    private static String stances(JsonNode g) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode n : g.at("/elements/nodes")) {
            sb.append(n.at("/data/id").asText()).append(n.at("/data/stances")).append(n.at("/data/stance")).append('\n');
        }
        return sb.toString();
    }
}
