package io.powermap.io.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.audit.AuditRepository;
import io.powermap.auth.Actor;
import io.powermap.auth.MembershipRepository;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import io.powermap.io.ImportRepository;
import io.powermap.web.ApiException.FieldError;
import org.neo4j.driver.TransactionContext;

import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Bulk import jobs ({@code (:ImportJob)}) and the batched writes of a bulk import: each batch its own
 * managed transaction, through the same {@code cypher/import/*} queries as the single-transaction import.
 */
public final class ImportJobRepository {

    /** What GET /api/imports/{id} answers. {@code accountId} is set once the account is visible (DONE). */
    public record Job(String id, String state, int percent, Map<String, Integer> counts, String accountId,
                      List<FieldError> errors, long errorCount, long bytes, String createdAt, String updatedAt) {}

    private final Database db;
    private final MembershipRepository members;
    private final ImportRepository rows;
    private final AuditRepository audit;
    private final ObjectMapper mapper;
    private final Queries q;

    public ImportJobRepository(Database db, Queries queries, ImportRepository rows, AuditRepository audit, ObjectMapper mapper,
                               MembershipRepository members) {
        this.db = db;
        this.members = members;
        this.rows = rows;
        this.audit = audit;
        this.mapper = mapper;
        this.q = queries;
        for (String name : List.of("create", "get", "progress", "start-account", "publish", "fail", "touch",
                "abandon-stale", "orphans", "purge-batch", "purge-ties", "purge-account", "submitter", "fence")) {
            queries.get("import-job/" + name);
        }
    }

    public Job create(String id, long bytes, String owner, Actor actor) {
        Map<String, Object> p = Map.of("id", id, "bytes", bytes, "owner", owner, "actor", actor.name());
        return db.write(tx -> toJob(tx.run(q.get("import-job/create"), p).single().get("row").asMap()));
    }

    public Optional<Job> get(String id) {
        return db.read(tx -> tx.run(q.get("import-job/get"), Map.of("id", id)).list(r -> toJob(r.get("row").asMap()))
                .stream().findFirst());
    }

    public void progress(String id, String state, int percent, Map<String, Integer> counts) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("state", state);
        p.put("percent", percent);
        p.put("counts", counts == null ? null : json(counts));
        db.write(tx -> tx.run(q.get("import-job/progress"), p).consume());
    }

    /** Creates the invisible account and links the job to it, in one transaction ({@link Abandoned} if it was given up). */
    public void startAccount(String jobId, Map<String, Object> account) {
        db.write(tx -> {
            if (tx.run(q.get("import-job/start-account"), Map.of("id", jobId, "accountId", account.get("id"))).list().isEmpty()) {
                throw new Abandoned(jobId);
            }
            rows.account(tx, account);
            return null;
        });
    }

    /**
     * The job is no longer this worker's to finish: another instance's janitor took it for dead (its heartbeat late)
     * and failed it, and deletes (or deleted) its account. Nothing more of it may be written.
     */
    public static final class Abandoned extends RuntimeException {
        Abandoned(String jobId) {
            super("import " + jobId + " was given up by a janitor while it ran");
        }
    }

    /** In the writer's transaction, before its writes: the job still RUNNING, its account still there (import-job/fence). */
    private void fence(TransactionContext tx, String jobId) {
        if (tx.run(q.get("import-job/fence"), Map.of("id", jobId)).list().isEmpty()) {
            throw new Abandoned(jobId);
        }
    }

    /** One batch: the given sections' rows, in order, in one transaction, only while the job is still RUNNING. */
    public void batch(String jobId, String accountId, List<Map.Entry<String, List<Map<String, Object>>>> sections) {
        db.write(tx -> {
            fence(tx, jobId);
            for (Map.Entry<String, List<Map<String, Object>>> s : sections) {
                rows.rows(tx, s.getKey(), accountId, s.getValue());
            }
            return null;
        });
    }

    /** Staff are merged by email across accounts; answers file id to stored id. */
    public Map<String, String> staff(String jobId, String accountId, List<Map<String, Object>> staffRows) {
        return db.write(tx -> {
            fence(tx, jobId);
            return rows.staff(tx, accountId, staffRows);
        });
    }

    /** The username that submitted the job, when there is such a job. */
    public Optional<String> submitter(String id) {
        return db.read(tx -> tx.run(q.get("import-job/submitter"), Map.of("id", id))
                .list(r -> r.get("actor").isNull() ? "" : r.get("actor").asString()).stream().findFirst());
    }

    /** The one transaction that makes the account visible, marks the job DONE and records the audit entry ({@link Abandoned} if it was given up). */
    public void publish(String jobId, String accountId, String accountName, Actor actor, Map<String, Integer> counts) {
        db.write(tx -> {
            if (tx.run(q.get("import-job/publish"), Map.of("id", jobId, "counts", json(counts))).list().isEmpty()) {
                throw new Abandoned(jobId);
            }
            audit.record(tx, accountId, actor, AuditRepository.Action.IMPORT, "Account", accountId, accountName, null, counts);
            members.ownerOnCreate(tx, accountId, actor);
            return null;
        });
    }

    public void fail(String jobId, List<FieldError> errors, long errorCount) {
        Map<String, Object> p = Map.of("id", jobId, "errors", json(errors), "errorCount", errorCount);
        db.write(tx -> tx.run(q.get("import-job/fail"), p).consume());
    }

    public int touch(String owner) {
        return db.write(tx -> tx.run(q.get("import-job/touch"), Map.of("owner", owner)).single().get("jobs").asInt());
    }

    /** Marks jobs FAILED whose heartbeat is older than {@code staleSeconds}; answers their ids. */
    public List<String> abandonStale(long staleSeconds, String exceptOwner) {
        return db.write(tx -> tx.run(q.get("import-job/abandon-stale"), Map.of("staleSeconds", staleSeconds, "owner", exceptOwner))
                .list(r -> r.get("id").asString()));
    }

    /** Invisible accounts that no running import will finish. */
    public List<String> orphans() {
        return db.read(tx -> tx.run(q.get("import-job/orphans")).list(r -> r.get("accountId").asString()));
    }

    /** Deletes an unpublished account in bounded transactions: ties, then nodes, then the account. */
    public void purge(String accountId, int batch, Consumer<Long> onBatch) {
        Map<String, Object> p = Map.of("accountId", accountId, "limit", batch);
        long n;
        do {
            n = db.write(tx -> tx.run(q.get("import-job/purge-ties"), p).single().get("deleted").asLong());
            onBatch.accept(n);
        } while (n > 0);
        do {
            n = db.write(tx -> tx.run(q.get("import-job/purge-batch"), p).list(r -> r.get("deleted").asLong())
                    .stream().findFirst().orElse(0L));
            onBatch.accept(n);
        } while (n > 0);
        db.write(tx -> tx.run(q.get("import-job/purge-account"), Map.of("accountId", accountId)).consume());
    }

    private Job toJob(Map<String, Object> row) {
        Map<String, Integer> counts = row.get("counts") == null ? null
                : read((String) row.get("counts"), new TypeReference<LinkedHashMap<String, Integer>>() {});
        List<FieldError> errors = row.get("errors") == null ? List.of()
                : read((String) row.get("errors"), new TypeReference<List<FieldError>>() {});
        String state = (String) row.get("state");
        return new Job((String) row.get("id"), state, ((Number) row.get("percent")).intValue(), counts,
                "DONE".equals(state) ? (String) row.get("accountId") : null, errors,
                row.get("errorCount") == null ? errors.size() : ((Number) row.get("errorCount")).longValue(),
                ((Number) row.get("bytes")).longValue(), (String) row.get("createdAt"), (String) row.get("updatedAt"));
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
