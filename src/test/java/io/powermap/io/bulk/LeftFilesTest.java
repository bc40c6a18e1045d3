package io.powermap.io.bulk;

import io.powermap.App;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In remote mode the instances of one host share the import directory, so none empties it at start; the janitor
 * deletes the files nobody will read once they are old: an upload of an instance killed while receiving it, the file
 * of a job that is over or never recorded. Files of live jobs and uploads still arriving stay.
 */
class LeftFilesTest {

    @Test
    void theJanitorDeletesOldFilesNoLiveJobReadsAndKeepsTheRest() throws Exception {
        TestNeo4j.clear();
        try (App app = TestApp.remote(false)) {
            BulkImportService imports = app.bulkImports();
            Instant old = Instant.now().minus(BulkImportService.LEFT_FILE_AGE).minusSeconds(600);
            Path killedUpload = file(imports, "upload-killed.json", old);
            Path arriving = file(imports, "upload-arriving.json", Instant.now());
            Path liveJob = file(imports, "import-left-live.json", old);
            Path failedJob = file(imports, "import-left-failed.json", old);
            Path noJob = file(imports, "import-left-none.json", old);
            try (Session s = TestNeo4j.driver().session()) {
                s.run("""
                        WITH datetime() AS now
                        CREATE (:ImportJob {id: 'left-live', owner: $owner, state: 'RUNNING', percent: 0, bytes: 2, heartbeat: now, createdAt: now}),
                               (:ImportJob {id: 'left-failed', owner: $owner, state: 'FAILED', percent: 0, bytes: 2, heartbeat: now, createdAt: now})
                        """, Map.of("owner", imports.owner())).consume();
            }
            try {
                imports.cleanUpNow();
                assertFalse(Files.exists(killedUpload), "an hour-old upload nobody writes");
                assertFalse(Files.exists(failedJob), "the file of a failed job");
                assertFalse(Files.exists(noJob), "a job file without a job");
                assertTrue(Files.exists(arriving), "an upload still arriving");
                assertTrue(Files.exists(liveJob), "the file of a running job");
            } finally {
                for (Path p : new Path[] {killedUpload, arriving, liveJob, failedJob, noJob}) {
                    Files.deleteIfExists(p);
                }
                try (Session s = TestNeo4j.driver().session()) {
                    s.run("MATCH (j:ImportJob) WHERE j.id STARTS WITH 'left-' DETACH DELETE j").consume();
                }
            }
        }
    }

    private static Path file(BulkImportService imports, String name, Instant modified) throws Exception {
        Path file = Files.writeString(imports.workDir().resolve(name), "{}");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
