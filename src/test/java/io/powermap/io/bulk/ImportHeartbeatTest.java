package io.powermap.io.bulk;

import io.powermap.App;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An instance's jobs keep beating while its janitor is busy: a clean-up that takes minutes (purging a big killed
 * import) held the heartbeat behind it on the janitor's one thread, so after a minute the other instances' janitors
 * took this instance's running import for dead and failed it.
 */
class ImportHeartbeatTest {

    @Test
    void aLongCleanUpDoesNotHoldBackTheHeartbeatOfRunningJobs() throws Exception {
        TestNeo4j.clear();
        try (App app = TestApp.remote(false)) {
            BulkImportService imports = app.bulkImports();
            // A job of this instance, RUNNING, last seen an hour ago (as if it had been waiting behind a clean-up).
            try (Session s = TestNeo4j.driver().session()) {
                s.run("CREATE (:ImportJob {id: 'beating', owner: $owner, state: 'RUNNING', heartbeat: datetime() - duration('PT1H')})",
                        Map.of("owner", imports.owner())).consume();
            }
            CountDownLatch release = new CountDownLatch(1);
            Future<?> cleanUp = imports.onJanitor(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            try {
                long deadline = System.nanoTime() + Duration.ofSeconds(3 * BulkImportService.HEARTBEAT_SECONDS).toNanos();
                while (secondsSinceHeartbeat() > BulkImportService.STALE_SECONDS) {
                    assertTrue(System.nanoTime() < deadline, "no heartbeat in " + 3 * BulkImportService.HEARTBEAT_SECONDS
                            + " s while the janitor was busy");
                    Thread.sleep(200);
                }
            } finally {
                release.countDown();
                cleanUp.get(10, TimeUnit.SECONDS);
                try (Session s = TestNeo4j.driver().session()) {
                    s.run("MATCH (j:ImportJob {id: 'beating'}) DETACH DELETE j").consume();
                }
            }
        }
    }

    private static long secondsSinceHeartbeat() {
        return TestNeo4j.count("MATCH (j:ImportJob {id: 'beating'}) RETURN duration.inSeconds(j.heartbeat, datetime()).seconds AS n");
    }
}
