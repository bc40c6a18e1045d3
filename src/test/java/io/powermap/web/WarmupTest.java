package io.powermap.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.App;
import io.powermap.account.AccountRecords.Account;
import io.powermap.db.Queries;
import io.powermap.support.Documents;
import io.powermap.support.Fixtures;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarmupTest {

    private static final Map<String, String> WARMUP_ON = Map.of("POWERMAP_WARMUP", "true");
    private final List<String> accountIds = new ArrayList<>();
    private long people;

    @BeforeAll
    void importAccounts() throws Exception {
        TestNeo4j.clear();
        try (App loader = TestApp.remote(false)) {
            Http http = new Http(loader.port());
            for (JsonNode doc : List.of(Fixtures.demo(), Fixtures.document("small"),
                    Http.JSON.readTree(Documents.generate(300, 1500, 7)))) {
                Http.Response r = http.post("/api/import", doc);
                assertEquals(201, r.status(), r.body());
                accountIds.add(r.json().get("accountId").asText());
                people += r.json().get("counts").get("people").asLong();
            }
        }
    }

    @Test
    void theFirstMapAndAnalysisOfEveryAccountAreAnsweredFromWhatTheWarmupPrepared() throws Exception {
        try (App app = TestApp.remote(false, WARMUP_ON)) {
            Warmup warmup = app.warmup().orElseThrow();
            assertTrue(warmup.await(180_000), "the warm-up did not end");
            assertEquals(new Warmup.Report(3, people, warmup.report().millis()), warmup.report());
            JsonCache.Stats prepared = app.answers().stats();
            assertEquals(2 * 3, prepared.computed(), "a map and an analysis per account");

            // The requests a browser sends for its first screen of each account: none computes.
            Http http = new Http(app.port());
            for (String id : accountIds) {
                assertEquals(200, http.get("/api/accounts/" + id + "/graph?view=all").status());
                assertEquals(200, http.get("/api/accounts/" + id + "/analysis").status());
            }
            JsonCache.Stats served = app.answers().stats();
            assertEquals(prepared.computed(), served.computed());
            assertEquals(prepared.hits() + 2 * 3, served.hits());

            // What it did not prepare is computed on request: a deal's analysis.
            String demo = accountIds.get(0);
            String dealId = http.get("/api/accounts/" + demo).json().get("opportunityList").get(0).get("id").asText();
            assertEquals(200, http.get("/api/accounts/" + demo + "/analysis?opportunityId=" + dealId).status());
            assertEquals(served.computed() + 1, app.answers().stats().computed());

            // A prepared answer is never served after an edit: the next map shows it.
            JsonCache.Stats beforeEdit = app.answers().stats();
            JsonNode person = http.get("/api/accounts/" + demo + "/people").json().get(0);
            String stance = person.get("stance").asText().equals("OPPOSED") ? "SUPPORTIVE" : "OPPOSED";
            assertEquals(200, http.post("/api/accounts/" + demo + "/people/" + person.get("id").asText() + "/stance",
                    Map.of("stance", stance, "version", person.get("version").asLong())).status());
            JsonNode map = http.get("/api/accounts/" + demo + "/graph?view=all").json();
            assertEquals(beforeEdit.computed() + 1, app.answers().stats().computed());
            String shown = null;
            for (JsonNode node : map.get("elements").get("nodes")) {
                if (node.get("data").get("id").asText().equals(person.get("id").asText())) {
                    shown = node.get("data").get("stance").asText();
                }
            }
            assertEquals(stance, shown);
        }
    }

    @Test
    void theSignInQueriesItPlansAreQueriesOfTheApp() {
        Queries queries = Queries.load();
        Warmup.SIGN_IN_QUERIES.forEach(queries::get); // throws for an unknown name
    }

    @Test
    void withTheWarmupOffTheFirstRequestComputes() {
        try (App app = TestApp.remote(false)) {
            assertTrue(app.warmup().isEmpty());
            Http http = new Http(app.port());
            assertEquals(200, http.get("/api/accounts/" + accountIds.get(1) + "/analysis").status());
            assertEquals(new JsonCache.Stats(0, 1), app.answers().stats());
        }
    }

    @Test
    void closingTheAppStopsAWarmupUnderWay() throws Exception {
        Warmup warmup;
        try (App app = TestApp.remote(false, WARMUP_ON)) {
            warmup = app.warmup().orElseThrow();
        }
        assertTrue(warmup.await(30_000), "the warm-up thread outlived the app");
    }

    @Test
    void accountsAreTakenInListOrderWithinTheBudgetAndTheLargestAreLeftToTheirFirstRequest() {
        List<Account> accounts = List.of(account("a", 60), account("b", 150), account("c", 80), account("d", 90),
                account("e", 40), account("f", 10));
        List<String> chosen = Warmup.chosen(accounts, 250, 100).stream().map(Account::id).toList();
        // b is larger than one account may be; e would take the total to 270.
        assertEquals(List.of("a", "c", "d"), chosen);
        assertEquals(List.of(), Warmup.chosen(accounts, 50, 100));
        assertNotEquals(List.of(), Warmup.chosen(List.of(account("empty", 0)), 0, 0));
    }

    private static Account account(String id, long people) {
        return new Account(id, id, null, null, null, 1, people, 0L, List.of());
    }
}
