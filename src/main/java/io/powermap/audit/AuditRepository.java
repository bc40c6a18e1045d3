package io.powermap.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.auth.Actor;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only audit log. {@link #record} takes the caller's transaction, so a change and its
 * audit entry commit or roll back together.
 */
public final class AuditRepository {

    public enum Action { CREATE, UPDATE, DELETE, IMPORT, ERASE }

    public record Change(String id, String at, String actor, String action, String entityType, String entityId,
                         String entityName, String before, String after) {}

    private final Database db;
    private final ObjectMapper mapper;
    private final String record;
    private final String since;
    private final String countSince;

    public AuditRepository(Database db, Queries queries, ObjectMapper mapper) {
        this.db = db;
        this.mapper = mapper;
        this.record = queries.get("audit/record");
        this.since = queries.get("audit/since");
        this.countSince = queries.get("audit/count-since");
    }

    public void record(TransactionContext tx, String accountId, Actor actor, Action action, String entityType,
                       String entityId, String entityName, Object before, Object after) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("actor", actor.name());
        p.put("action", action.name());
        p.put("entityType", entityType);
        p.put("entityId", entityId);
        p.put("entityName", entityName);
        p.put("before", json(before));
        p.put("after", json(after));
        tx.run(record, p).consume();
    }

    public List<Change> since(String accountId, String sinceIso, int skip, int limit) {
        return db.read(tx -> tx.run(since, Map.of("accountId", accountId, "since", sinceIso, "skip", skip, "limit", limit))
                .list(r -> mapper.convertValue(r.get("row").asMap(), Change.class)));
    }

    public long countSince(String accountId, String sinceIso) {
        return db.read(tx -> tx.run(countSince, Values.parameters("accountId", accountId, "since", sinceIso))
                .single().get("total").asLong());
    }

    private String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit value not serialisable", e);
        }
    }
}
