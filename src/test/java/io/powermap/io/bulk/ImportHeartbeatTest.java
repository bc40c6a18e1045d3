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
            // A job of this instance, RUNNING, seen just now (an old heartbeat would invite the janitors of the other
            // apps of the test run to fail it, as they should).
            try (Session s = TestNeo4j.driver().session()) {
                s.run("WITH datetime() AS now CREATE (:ImportJob {id: 'beating', owner: $owner, state: 'RUNNING', heartbeat: now, createdAt: now})",
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
                while (!beatSinceCreated()) {
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

    private static boolean beatSinceCreated() {
        return TestNeo4j.count("MATCH (j:ImportJob {id: 'beating', state: 'RUNNING'}) WHERE j.heartbeat > j.createdAt RETURN count(j) AS n") == 1;
    }
}
