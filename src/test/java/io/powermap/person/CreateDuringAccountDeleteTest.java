package io.powermap.person;

import io.powermap.db.Queries;
import io.powermap.support.ApiTest;
import io.powermap.support.Fixtures;
import io.powermap.support.Http;
import io.powermap.support.ResourceChecks;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A create in an account whose delete is under way waits for the delete, then answers the account's 404 and leaves
 * nothing behind. The delete holds the account's write lock from its start and every create takes it first, before
 * its reference checks and links. Before, a create took it last (its audit entry): it waited holding the locks of
 * the nodes it linked to, which the delete needs (a deadlock), and its re-run answered 400 for those references.
 */
class CreateDuringAccountDeleteTest extends ApiTest {

    private static final Queries QUERIES = Queries.load();

    /** Ids of the fixture account's nodes the creates refer to. */
    record Refs(String org, String ceo, String anna, String visit) {}

    enum Create {
        PERSON("people") {
            Map<String, Object> body(Refs r) {
                return Map.of("name", "Late person", "orgIds", List.of(r.org()), "reportsTo", r.ceo(), "stance", "FAVORABLE");
            }
        },
        ORG("orgs") {
            Map<String, Object> body(Refs r) {
                return Map.of("name", "Late org", "kind", "DEPARTMENT", "parentId", r.org());
            }
        },
        COMPETITOR("competitors") {
            Map<String, Object> body(Refs r) {
                return Map.of("name", "Late rival");
            }
        },
        OPPORTUNITY("opportunities") {
            Map<String, Object> body(Refs r) {
                return Map.of("name", "Late deal");
            }
        },
        INTERACTION("interactions") {
            Map<String, Object> body(Refs r) {
                return Map.of("date", "2026-11-01", "kind", "CALL", "summary", "late", "personIds", List.of(r.ceo()),
                        "staffIds", List.of(r.anna()));
            }
        },
        ACTION("actions") {
            Map<String, Object> body(Refs r) {
                return Map.of("kind", "MEETING", "title", "late", "personId", r.ceo());
            }
        },
        VISIT("visits") {
            Map<String, Object> body(Refs r) {
                return Map.of("date", "2027-01-05", "objective", "late", "status", "PLANNED", "targetIds", List.of(r.ceo()),
                        "staffIds", List.of(r.anna()));
            }
        },
        VISIT_ACTION("visits/{visit}/actions") {
            Map<String, Object> body(Refs r) {
                return Map.of("kind", "WORKSHOP", "title", "late", "due", "2027-02-01", "ownerStaffId", r.anna(),
                        "personId", r.ceo());
            }
        },
        PLAN_TARGET("targets") {
            Map<String, Object> body(Refs r) {
                return Map.of("period", "2026-Q4", "kind", "PERSON_STANCE", "personId", r.ceo(), "stance", "SUPPORTIVE");
            }
        },
        CSV_PEOPLE("import/people") {
            Map<String, Object> body(Refs r) {
                return Map.of();
            }

            @Override
            Http.Response send(Http http, String path, Refs r) {
                return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "text/csv; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString("externalId,name,reportsTo\r\np-late,Late person,p-ceo\r\n")));
            }
        };

        final String path;

        Create(String path) {
            this.path = path;
        }

        abstract Map<String, Object> body(Refs r);

        Http.Response send(Http http, String path, Refs r) {
            return http.post(path, body(r));
        }
    }

    @ParameterizedTest
    @EnumSource(Create.class)
    void aCreateWaitingForTheAccountsDeleteAnswers404AndLeavesNothing(Create create) throws Exception {
        String account = Fixtures.importSmall(http);
        String base = "/api/accounts/" + account;
        String ceo = Fixtures.personId(http, account, "p-ceo");
        String anna = ResourceChecks.idOf(http, base + "/staff", "s-anna");
        Http.Response visit = http.post(base + "/visits", Map.of("date", "2027-01-05", "objective", "setup", "status", "PLANNED"));
        assertEquals(201, visit.status(), visit.body());
        Refs refs = new Refs(http.get(base + "/graph").json().at("/orgs/0/id").asText(), ceo, anna,
                visit.json().get("id").asText());
        String path = base + "/" + create.path.replace("{visit}", refs.visit());

        CompletableFuture<Http.Response> answer;
        try (Session session = TestNeo4j.driver().session(); Transaction held = session.beginTransaction()) {
            assertEquals(1, held.run(QUERIES.get("account/lock"), Map.of("id", account)).list().size());
            answer = CompletableFuture.supplyAsync(() -> create.send(http, path, refs));
            TestNeo4j.awaitBlockedTransaction();
            assertFalse(answer.isDone(), "the create waits for the account's lock");
            held.run(QUERIES.get("account/delete"), Map.of("id", account)).consume();
            held.commit();
        }
        Http.Response r = answer.get(60, TimeUnit.SECONDS);
        assertEquals(404, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertTrue(r.json().get("detail").asText().contains("account " + account), r.body());
        assertEquals(0, TestNeo4j.count("MATCH (n {accountId: '" + account + "'}) WHERE NOT n:Change RETURN count(n)"),
                "nothing of the deleted account is left");
    }
}
