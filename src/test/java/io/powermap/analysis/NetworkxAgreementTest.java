package io.powermap.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.powermap.domain.Vocabulary.InfluenceKind;
import io.powermap.support.ApiTest;
import io.powermap.support.Http;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * End to end: each networkx reference graph goes in through the import API, comes back out of
 * Neo4j through the analysis query, and the served scores agree with networkx to 1e-6.
 */
class NetworkxAgreementTest extends ApiTest {

    private static final String[] ROLE_BY_WEIGHT = {null, "EVALUATOR", "DECISION_MAKER", "APPROVER"};

    @ParameterizedTest
    @ValueSource(strings = {"florentine_marriage", "florentine_business", "dangling_weighted", "disconnected",
            "random_300", "ties_grid", "float_ties"})
    void servedScoresAgreeWithNetworkx(String fixture) throws IOException {
        JsonNode ref;
        try (InputStream in = getClass().getResourceAsStream("/reference/" + fixture + ".json")) {
            ref = Http.JSON.readTree(in);
        }
        // PageRank walks the listens-to graph: import networkx's u→v as "v sways u".
        for (JsonNode p : analysed(ref, true)) {
            int i = index(p);
            String who = fixture + " node " + ref.get("nodes").get(i).asText();
            assertEquals(ref.get("pagerank").get(i).asDouble(), p.get("pagerank").asDouble(), 1e-6, who + " pagerank");
            assertEquals(ref.get("personalized").get(i).asDouble(), p.get("decisionInfluence").asDouble(), 1e-6, who + " decisionInfluence");
        }
        // Betweenness runs on the influence graph itself: import u→v as "u sways v", so even paths whose
        // costs tie only up to floating point are summed in networkx's order.
        for (JsonNode p : analysed(ref, false)) {
            int i = index(p);
            String who = fixture + " node " + ref.get("nodes").get(i).asText();
            assertEquals(ref.get("betweenness").get(i).asDouble(), p.get("betweenness").asDouble(), 1e-6, who + " betweenness");
        }
    }

    private JsonNode analysed(JsonNode ref, boolean listensTo) {
        Http.Response imported = http.post("/api/import", document(ref, listensTo));
        assertEquals(201, imported.status(), imported.body());
        JsonNode people = http.get("/api/accounts/" + imported.json().get("accountId").asText() + "/analysis").json().get("people");
        assertEquals(ref.get("n").asInt(), people.size());
        return people;
    }

    private static int index(JsonNode person) {
        return Integer.parseInt(person.get("externalId").asText().substring(1));
    }

    /**
     * With {@code listensTo}, networkx's edge u→v means "u listens to v" and becomes the tie v sways u;
     * otherwise it is the tie u sways v. A weight w is
     * split into ties whose strength × confidence are exact binary fractions of w, so the sum that
     * Powermap rebuilds is bit-identical to w and exact float ties stay ties.
     */
    private static ObjectNode document(JsonNode ref, boolean listensTo) {
        ObjectNode doc = Http.JSON.createObjectNode();
        doc.put("format", "powermap/1");
        doc.putObject("account").put("id", "acc").put("name", ref.get("name").asText());
        ArrayNode people = doc.putArray("people");
        for (int i = 0; i < ref.get("n").asInt(); i++) {
            ObjectNode p = people.addObject().put("id", "n" + i).put("name", ref.get("nodes").get(i).asText());
            int seed = (int) ref.get("personalization").get(i).asDouble();
            if (ROLE_BY_WEIGHT[seed] != null) {
                p.put("decisionRole", ROLE_BY_WEIGHT[seed]);
            }
        }
        ArrayNode ties = doc.putArray("influences");
        for (JsonNode e : ref.get("edges")) {
            double w = e.get(2).asDouble();
            int parts = 1;
            while (w / parts > 2) {
                parts *= 2;
            }
            for (int k = 0; k < parts; k++) {
                int from = e.get(listensTo ? 1 : 0).asInt();
                int to = e.get(listensTo ? 0 : 1).asInt();
                ObjectNode t = ties.addObject().put("from", "n" + from).put("to", "n" + to)
                        .put("kind", InfluenceKind.values()[k].name());
                if (w <= 1) {
                    t.put("strength", 1).put("confidence", w);
                } else {
                    t.put("strength", 2).put("confidence", w / (2.0 * parts));
                }
            }
        }
        return doc;
    }
}
