package io.powermap.io.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.App;
import io.powermap.db.Queries;
import io.powermap.support.Documents;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances on one Neo4j: when one instance's janitor takes another's running import for dead (its heartbeat
 * late: a long pause, a clean-up hogging the janitor thread) and deletes its partial account, the import that is in
 * fact still running must stop writing, never publish, and leave nothing behind.
 */
class AbandonedImportTest {

    @TempDir
    Path dir;

    @Test
    void anImportAnotherInstanceAbandonedStopsAndLeavesNothing() throws Exception {
        TestNeo4j.clear();
        App one = TestApp.remote(false, Map.of("POWERMAP_IMPORT_BATCH", "100"));
        try {
            Http a = new Http(one.port());
            Path file = Documents.generateFile(dir, 3000, 15000, 5);
            Http.Response r = a.send(HttpRequest.newBuilder(a.uri("/api/imports"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofFile(file)));
            assertEquals(202, r.status(), r.body());
            String job = r.json().get("id").asText();
            long t0 = System.nanoTime();
            while (true) {
                JsonNode j = a.get("/api/imports/" + job).json();
                assertFalse(j.get("state").asText().equals("DONE") || j.get("state").asText().equals("FAILED"),
                        "the import ended before the other instance's janitor ran: " + j);
                if (j.get("percent").asInt() >= 20 && count("MATCH (p:Person) RETURN count(p) AS n") > 0) {
                    break;                                 // writing people
                }
                assertTrue(System.nanoTime() - t0 < Duration.ofMinutes(3).toNanos(), "the import never started writing");
                Thread.sleep(20);
            }
            // Another instance's janitor, as if the heartbeat were a minute late (its queries; its own disk, so the
            // upload stays): fails the job, then deletes the account it finds orphaned, in bounded transactions.
            janitorOfAnotherInstance();

            JsonNode failed = Documents.awaitJob(a, "/api/imports/" + job, Duration.ofMinutes(3));
            assertEquals("FAILED", failed.get("state").asText(), failed.toString());
            // Jobs run one after another on an instance: once a second one is done, the first has stopped for good.
            JsonNode next = Documents.bulkImport(a, HttpRequest.BodyPublishers.ofByteArray(Documents.generate(20, 20, 6)),
                    Duration.ofMinutes(3));
            String kept = next.get("accountId").asText();
            assertEquals("FAILED", a.get("/api/imports/" + job).json().get("state").asText(), "never published");
            assertEquals(1, a.get("/api/accounts").json().size(), "no part of it is visible");
            assertEquals(0, count("MATCH (a:Account) WHERE a.id <> '" + kept + "' RETURN count(a) AS n"), "its account is gone");
            assertEquals(0, count("MATCH (n) WHERE (n:Person OR n:Org OR n:StanceChange OR n:Competitor OR n:Opportunity"
                    + " OR n:Interaction OR n:Action OR n:VisitPlan) AND n.accountId <> '" + kept + "' RETURN count(n) AS n"),
                    "nothing of the abandoned import is left, not even what it went on writing after its account was deleted");
        } finally {
            one.close();
        }
    }

    /** A job given up while it waited in the queue (its instance's heartbeats late) stays FAILED: it never starts. */
    @Test
    void aQueuedImportAnotherInstanceAbandonedNeverStarts() throws Exception {
        TestNeo4j.clear();
        App one = TestApp.remote(false, Map.of("POWERMAP_IMPORT_BATCH", "100"));
        try {
            Http a = new Http(one.port());
            String first = submit(a, HttpRequest.BodyPublishers.ofFile(Documents.generateFile(dir, 3000, 15000, 7)));
            String queued = submit(a, HttpRequest.BodyPublishers.ofByteArray(Documents.generate(20, 20, 8)));
            try (Session s = TestNeo4j.driver().session()) {            // as abandon-stale does it, for that job alone
                assertEquals(1, s.run("MATCH (j:ImportJob {id: $id}) WHERE j.state = 'QUEUED' SET j.state = 'FAILED' RETURN j",
                        Map.of("id", queued)).list().size(), "still waiting behind the first");
            }
            assertEquals("DONE", Documents.awaitJob(a, "/api/imports/" + first, Duration.ofMinutes(3)).get("state").asText());
            JsonNode next = Documents.bulkImport(a, HttpRequest.BodyPublishers.ofByteArray(Documents.generate(20, 20, 9)),
                    Duration.ofMinutes(3));                            // after it, so the given-up job's turn has passed
            assertEquals("DONE", next.get("state").asText(), next.toString());
            JsonNode gaveUp = a.get("/api/imports/" + queued).json();
            assertEquals("FAILED", gaveUp.get("state").asText(), gaveUp.toString());
            assertEquals(2, a.get("/api/accounts").json().size(), "the first and the last, not the one given up");
            assertEquals(2, count("MATCH (a:Account) RETURN count(a) AS n"), "no account of the given-up job, visible or not");
        } finally {
            one.close();
        }
    }

    private static String submit(Http http, HttpRequest.BodyPublisher body) {
        Http.Response r = http.send(HttpRequest.newBuilder(http.uri("/api/imports")).header("Content-Type", "application/json").POST(body));
        assertEquals(202, r.status(), r.body());
        return r.json().get("id").asText();
    }

    private static void janitorOfAnotherInstance() {
        Queries q = Queries.load();
        try (Session s = TestNeo4j.driver().session()) {
            assertEquals(1, s.run(q.get("import-job/abandon-stale"), Map.of("staleSeconds", -3600, "owner", "another-instance"))
                    .list().size());
            List<String> orphans = s.run(q.get("import-job/orphans")).list(r -> r.get("accountId").asString());
            assertEquals(1, orphans.size());
            Map<String, Object> p = Map.of("accountId", orphans.get(0), "limit", 500);
            while (s.run(q.get("import-job/purge-ties"), p).single().get("deleted").asLong() > 0) {
                Thread.onSpinWait();
            }
            while (s.run(q.get("import-job/purge-batch"), p).list(r -> r.get("deleted").asLong()).stream().findFirst().orElse(0L) > 0) {
                Thread.onSpinWait();
            }
            s.run(q.get("import-job/purge-account"), p).consume();
        }
    }

    private static long count(String cypher) {
        return TestNeo4j.count(cypher);
    }
}
