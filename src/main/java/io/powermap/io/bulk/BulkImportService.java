package io.powermap.io.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.auth.Actor;
import io.powermap.io.ImportRows;
import io.powermap.io.bulk.ImportJobRepository.Job;
import io.powermap.web.ApiException;
import io.powermap.web.ApiException.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bulk import of big {@code powermap/1} files: the upload is kept in a file, a background worker
 * validates it in two streaming passes and writes it in two more, in batches, into an account that
 * stays invisible ({@code importing = true}) until one last transaction publishes it. A failed import
 * deletes what it wrote; an import whose app was killed is cleaned by the janitor: at start in embedded
 * mode (the data directory is this process's alone), and by heartbeat age when several instances
 * share a server.
 */
public final class BulkImportService implements AutoCloseable {

    /** A job whose heartbeat is older than this belongs to a dead instance (heartbeats every 10 s). */
    public static final long STALE_SECONDS = 60;
    static final long HEARTBEAT_SECONDS = 10;
    private static final int PURGE_BATCH = 5_000;
    /** Age after which a file in the work directory that no live job reads is left over: an upload being received
     * keeps its file's time fresh, and the server drops a stalled upload long before. */
    static final Duration LEFT_FILE_AGE = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(BulkImportService.class);
    /** Where the percentage stands at the start of each pass; the write passes take most of the time. */
    private static final int[] PASS_START = {0, 8, 16, 35, 99};

    private final ImportJobRepository jobs;
    private final DocumentScanner scanner;
    private final Path workDir;
    private final String owner;
    private final boolean soleOwnerOfDatabase;
    private final int batchSize;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> daemon(r, "powermap-import"));
    private final ScheduledExecutorService janitor = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "powermap-import-janitor"));
    // Beats on a thread of its own: a clean-up that takes minutes (purging a big killed import) must not make this
    // instance's own jobs look dead to the other instances' janitors, which would fail them.
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "powermap-import-heartbeat"));

    public BulkImportService(ImportJobRepository jobs, ObjectMapper mapper, Path workDir, String owner,
                             boolean soleOwnerOfDatabase, int batchSize) {
        this.jobs = jobs;
        this.scanner = new DocumentScanner(mapper);
        this.workDir = workDir;
        this.owner = owner;
        this.soleOwnerOfDatabase = soleOwnerOfDatabase;
        this.batchSize = batchSize;
        try {
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the import directory " + workDir, e);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Starts the janitor: leftovers of killed imports now (in the background), then periodically. */
    public void start() {
        if (soleOwnerOfDatabase) {
            deleteUploads();
        }
        janitor.execute(() -> cleanUp(soleOwnerOfDatabase ? 0 : STALE_SECONDS));
        heartbeats.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        janitor.scheduleWithFixedDelay(() -> cleanUp(STALE_SECONDS), 30, 30, TimeUnit.SECONDS);
    }

    /** A new file for an upload; the caller fills it and hands it to {@link #submit}. */
    public Path newUpload() {
        try {
            return Files.createTempFile(workDir, "upload-", ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Job submit(Path upload, Actor actor) {
        String id = ImportRows.freshId();
        Path file = workDir.resolve("import-" + id + ".json");
        long bytes;
        try {
            bytes = Files.size(upload);
            Files.move(upload, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Job job;
        try {
            job = jobs.create(id, bytes, owner, actor);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
        worker.execute(() -> run(id, file, actor));
        return job;
    }

    public Job get(String id) {
        return jobs.get(id).orElseThrow(() -> ApiException.notFound("import", id));
    }

    /** A job as its submitter (or an ADMIN) sees it; to anyone else it does not exist. */
    public Job get(String id, Actor actor) {
        if (!actor.admin() && !jobs.submitter(id).map(actor.name()::equals).orElse(false)) {
            throw ApiException.notFound("import", id);
        }
        return get(id);
    }

    private void run(String jobId, Path file, Actor actor) {
        String accountId = null;
        Progress progress = new Progress(jobId);
        try {
            jobs.progress(jobId, "RUNNING", 0, null);
            StreamingValidator validator = new StreamingValidator(scanner);
            long size = Files.size(file);
            progress.size = size;
            validator.validate(file, progress::at);
            if (validator.problems.any()) {
                jobs.fail(jobId, validator.problems.errors, validator.problems.total);
                return;
            }
            StreamingValidator.Catalog catalog = validator.catalog;
            Map<String, Integer> counts = catalog.counts;
            progress.counts = counts;
            accountId = ImportRows.freshId();
            jobs.startAccount(jobId, ImportRows.account(catalog.account, accountId, true));
            String aid = accountId;
            new BulkLoader(scanner, catalog, accountId, new BulkLoader.Sink() {
                @Override
                public void batch(List<Map.Entry<String, List<Map<String, Object>>>> sections) {
                    jobs.batch(jobId, aid, sections);
                }

                @Override
                public Map<String, String> staff(List<Map<String, Object>> rows) {
                    return jobs.staff(jobId, aid, rows);
                }
            }, batchSize).load(file, progress::at);
            progress.at(4, 0);
            jobs.publish(jobId, accountId, catalog.account.name(), actor, counts);
            LOG.info("bulk import {} done: account {} ({}); seconds per pass (validate, check references, nodes, links): {}",
                    jobId, accountId, counts, progress.passSeconds());
        } catch (ImportJobRepository.Abandoned e) {
            // Failed by another instance's janitor, which deletes the account; this worker wrote nothing since.
            LOG.warn("bulk import {}: {}; stopped", jobId, e.getMessage());
            if (accountId != null) {
                purgeQuietly(jobId, accountId);
            }
        } catch (ApiException e) {
            failQuietly(jobId, e.errors().isEmpty() ? List.of(new FieldError("body", e.getMessage())) : e.errors(), accountId);
        } catch (Exception e) {
            LOG.error("bulk import {} failed", jobId, e);
            failQuietly(jobId, List.of(new FieldError("body", "the import failed while writing (" + e.getClass().getSimpleName()
                    + "); nothing of it was kept: submit the file again")), accountId);
        } finally {
            deleteQuietly(file);
        }
    }

    private void failQuietly(String jobId, List<FieldError> errors, String accountId) {
        try {
            jobs.fail(jobId, errors, errors.size());
            if (accountId != null) {
                jobs.purge(accountId, PURGE_BATCH, n -> { });
            }
        } catch (RuntimeException e) {
            LOG.warn("bulk import {}: cleaning up failed ({}); the janitor will retry", jobId, e.toString());
        }
    }

    private void purgeQuietly(String jobId, String accountId) {
        try {
            jobs.purge(accountId, PURGE_BATCH, n -> { });
        } catch (RuntimeException e) {
            LOG.warn("bulk import {}: cleaning up failed ({}); the janitor will retry", jobId, e.toString());
        }
    }

    private void heartbeat() {
        try {
            jobs.touch(owner);
        } catch (RuntimeException e) {
            LOG.debug("import heartbeat failed: {}", e.toString());
        }
    }

    /** Fails jobs of dead instances, then deletes every invisible account that no live job will finish. */
    void cleanUp(long staleSeconds) {
        try {
            for (String id : jobs.abandonStale(staleSeconds, owner)) {
                deleteQuietly(workDir.resolve("import-" + id + ".json"));
                LOG.info("bulk import {} was interrupted by a stop; marked FAILED", id);
            }
            for (String accountId : jobs.orphans()) {
                jobs.purge(accountId, PURGE_BATCH, n -> { });
                LOG.info("deleted the partial data of the unfinished import of account {}", accountId);
            }
            deleteLeftFiles();
        } catch (RuntimeException e) {
            LOG.warn("import clean-up failed ({}); retrying later", e.toString());
        }
    }

    /** Runs the clean-up now, on the janitor thread, and waits for it (tests). */
    public void cleanUpNow() {
        try {
            janitor.submit(() -> cleanUp(soleOwnerOfDatabase ? 0 : STALE_SECONDS)).get(5, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Instances of one host share the work directory in remote mode, so none can empty it at start: files are
     * deleted once old and read by no live job (uploads of an instance killed while receiving them, the file of a
     * job killed between its move and its record).
     */
    private void deleteLeftFiles() {
        Instant before = Instant.now().minus(LEFT_FILE_AGE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(workDir, "*.json")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean read = name.startsWith("import-")
                        && jobs.get(name.substring("import-".length(), name.length() - ".json".length()))
                                .map(job -> job.state().equals("QUEUED") || job.state().equals("RUNNING")).orElse(false);
                if (!read && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    deleteQuietly(file);
                    LOG.info("deleted the left-over import file {}", file);
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", workDir, e.toString());
        }
    }

    private void deleteUploads() {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(workDir, "*.json")) {
            files.forEach(BulkImportService::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", workDir, e.toString());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", file, e.toString());
        }
    }

    /** Where uploads and job files are kept (tests). */
    Path workDir() {
        return workDir;
    }

    /** This instance's name on its jobs (tests). */
    String owner() {
        return owner;
    }

    /** Runs {@code work} on the janitor thread, after what is queued there (tests: a long clean-up). */
    Future<?> onJanitor(Runnable work) {
        return janitor.submit(work);
    }

    @Override
    public void close() {
        janitor.shutdownNow();
        heartbeats.shutdownNow();
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Turns (pass, byte offset) into a percentage, written to the job at most twice a second. */
    private final class Progress {
        final String jobId;
        long size = 1;
        Map<String, Integer> counts;
        int lastPercent = -1;
        long lastWrite;
        final long[] passStarted = new long[6];

        Progress(String jobId) {
            this.jobId = jobId;
        }

        String passSeconds() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                long a = passStarted[i];
                long b = passStarted[i + 1];
                sb.append(i == 0 ? "" : ", ").append(a == 0 || b == 0 ? "?" : String.format(java.util.Locale.ROOT, "%.1f", (b - a) / 1e9));
            }
            return sb.toString();
        }

        void at(int pass, long offset) {
            if (passStarted[pass] == 0) {
                passStarted[pass] = System.nanoTime();
            }
            if (pass >= PASS_START.length - 1) {
                return;
            }
            int from = PASS_START[pass];
            int to = PASS_START[pass + 1];
            int percent = from + (int) ((to - from) * Math.min(1.0, offset / (double) Math.max(1, size)));
            long now = System.nanoTime();
            if (percent != lastPercent && now - lastWrite > 500_000_000L) {
                jobs.progress(jobId, "RUNNING", percent, counts);
                lastPercent = percent;
                lastWrite = now;
            }
        }
    }
}
