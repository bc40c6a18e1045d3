package io.powermap.scale;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.support.AppProcess;
import io.powermap.support.Documents;
import io.powermap.support.Http;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** kill -9 of the app (embedded Neo4j) in the middle of writes and of a bulk import. */
class CrashRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesAKill9() throws Exception {
        Path data = dir.resolve("data");
        Set<String> acknowledged = new HashSet<>();
        String account;
        int sent;
        try (AppProcess app = AppProcess.start(data, dir.resolve("app.log"))) {
            Http http = app.http();
            Http.Response created = http.post("/api/accounts", Map.of("name", "Crash test"));
            assertEquals(201, created.status(), created.body());
            account = created.json().get("id").asText();
            ConcurrentLinkedQueue<String> acks = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            int[] attempts = new int[1];
            Thread writer = new Thread(() -> {
                for (int i = 0; !stop.get(); i++) {
                    attempts[0]++;
                    try {
                        Http.Response r = http.post("/api/accounts/" + account + "/people", Map.of("name", "Person " + i));
                        if (r.status() == 201) {
                            acks.add(r.json().get("id").asText());
                        }
                    } catch (RuntimeException connectionLost) {
                        return;
                    }
                }
            });
            writer.start();
            long t0 = System.nanoTime();
            while (acks.size() < 40 && System.nanoTime() - t0 < Duration.ofSeconds(60).toNanos()) {
                Thread.sleep(20);
            }
            app.kill();                                   // while the writer is mid-request
            stop.set(true);
            writer.join(10_000);
            acknowledged.addAll(acks);
            sent = attempts[0];
        }
        assertTrue(acknowledged.size() >= 40, "writes acknowledged before the kill: " + acknowledged.size());

        try (AppProcess app = AppProcess.start(data, dir.resolve("app.log"))) {
            Set<String> stored = new HashSet<>();
            for (JsonNode p : app.http().get("/api/accounts/" + account + "/people").json()) {
                stored.add(p.get("id").asText());
            }
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            assertTrue(lost.isEmpty(), lost.size() + " acknowledged writes lost of " + acknowledged.size());
            assertTrue(stored.size() <= sent, "nothing invented");
            System.out.printf("kill -9: %d acknowledged, %d stored after restart, %d requests sent%n",
                    acknowledged.size(), stored.size(), sent);
        }
    }

    /** Two embedded starts and a 20k-person import: minutes on a shared machine, so in the bench profile. */
    @Test
    @Tag("bench")
    void aBigBulkImportKilledHalfWayLeavesNothingAndARerunSucceeds() throws Exception {
        killDuringImport(20_000, 100_000);
    }

    private void killDuringImport(int people, int ties) throws Exception {
        Path data = dir.resolve("data-import");
        Path file = Documents.generateFile(dir, people, ties, 9);
        String job;
        try (AppProcess app = AppProcess.start(data, dir.resolve("import.log"), "--import-batch", "2000")) {
            Http http = app.http();
            Http.Response r = http.send(HttpRequest.newBuilder(http.uri("/api/imports"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofFile(file)));
            assertEquals(202, r.status(), r.body());
            job = r.json().get("id").asText();
            long t0 = System.nanoTime();
            int percent = 0;
            while (System.nanoTime() - t0 < Duration.ofMinutes(5).toNanos()) {
                JsonNode j = http.get("/api/imports/" + job).json();
                assertFalse(j.get("state").asText().equals("DONE") || j.get("state").asText().equals("FAILED"),
                        "the import ended before the kill: " + j);
                percent = j.get("percent").asInt();
                if (percent >= 45) {                      // well into the write passes
                    break;
                }
                Thread.sleep(50);
            }
            try (Driver d = GraphDatabase.driver("bolt://localhost:" + app.boltPort, AuthTokens.none())) {
                long written = d.executableQuery("MATCH (p:Person) RETURN count(p) AS n").execute().records().get(0).get("n").asLong();
                System.out.printf("killing at %d%% with %d people written%n", percent, written);
                assertTrue(written > 0, "the kill happens after writing began");
            }
            app.kill();
        }
        try (AppProcess app = AppProcess.start(data, dir.resolve("import.log"), "--import-batch", "2000")) {
            Http http = app.http();
            assertEquals("[]", http.get("/api/accounts").body().replaceAll("\\s", ""), "no part of it is visible");
            JsonNode j = http.get("/api/imports/" + job).json();
            assertEquals("FAILED", j.get("state").asText(), j.toString());
            try (Driver d = GraphDatabase.driver("bolt://localhost:" + app.boltPort, AuthTokens.none())) {
                long t0 = System.nanoTime();
                long left = -1;
                while (System.nanoTime() - t0 < Duration.ofMinutes(3).toNanos()) {
                    left = d.executableQuery("MATCH (n) WHERE n:Person OR n:Org OR n:Account OR n:StanceChange RETURN count(n) AS n")
                            .execute().records().get(0).get("n").asLong();
                    if (left == 0) {
                        break;
                    }
                    Thread.sleep(250);
                }
                assertEquals(0, left, "the janitor deleted the partial import");
            }
            JsonNode rerun = Documents.bulkImport(http, HttpRequest.BodyPublishers.ofFile(file), Duration.ofMinutes(10));
            assertEquals("DONE", rerun.get("state").asText(), rerun.toString());
            JsonNode accounts = http.get("/api/accounts").json();
            assertEquals(1, accounts.size());
            assertEquals(people, accounts.get(0).get("people").asInt());
        }
    }
}
