package io.powermap.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.auth.AuthRecords.SecurityEvent;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import org.neo4j.driver.TransactionContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The security log, separate from the per-account audit log: sign-ins (failed, refused, succeeded),
 * sign-outs, users, passwords and API tokens, as (:SecurityEvent) nodes. Also the shared failed-sign-in
 * counters (:LoginThrottle), kept in Neo4j so the limit holds across app instances.
 */
public final class SecurityLogRepository {

    public enum Type { LOGIN, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT, USER_CREATED, USER_DISABLED, USER_ENABLED,
        PASSWORD_CHANGED, TOKEN_CREATED, TOKEN_REVOKED, ADMIN_CREATED }

    /** Failures counted in the current window, and when the window started (epoch ms). */
    public record Throttle(long failures, long windowStart) {}

    private final Database db;
    private final ObjectMapper mapper;
    private final String record;
    private final String list;
    private final String throttleGet;
    private final String throttleFail;
    private final String throttleClear;

    public SecurityLogRepository(Database db, Queries q, ObjectMapper mapper) {
        this.db = db;
        this.mapper = mapper;
        this.record = q.get("auth/event-record");
        this.list = q.get("auth/event-list");
        this.throttleGet = q.get("auth/throttle-get");
        this.throttleFail = q.get("auth/throttle-fail");
        this.throttleClear = q.get("auth/throttle-clear");
    }

    public void record(Type type, String username, String userId, String ip, String detail) {
        db.write(tx -> {
            record(tx, type, username, userId, ip, detail);
            return null;
        });
    }

    private void record(TransactionContext tx, Type type, String username, String userId, String ip, String detail) {
        Map<String, Object> p = new HashMap<>();
        p.put("type", type.name());
        p.put("username", username);
        p.put("userId", userId);
        p.put("ip", ip);
        p.put("detail", detail);
        tx.run(record, p).consume();
    }

    public List<SecurityEvent> events(String type, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("type", type);
        p.put("limit", limit);
        return db.read(tx -> tx.run(list, p).list(r -> mapper.convertValue(r.get("row").asMap(), SecurityEvent.class)));
    }

    public Throttle throttle(String key, long now, long windowMillis) {
        return db.read(tx -> tx.run(throttleGet, Map.of("key", key, "now", now, "windowMillis", windowMillis))
                .list(r -> new Throttle(r.get("failures").asLong(), r.get("windowStart").asLong())).stream()
                .findFirst().orElse(new Throttle(0, now)));
    }

    /** Counts a failed sign-in and logs it, in one transaction. */
    public Throttle failed(String key, long now, long windowMillis, String username, String userId, String ip, String detail) {
        return db.write(tx -> {
            var r = tx.run(throttleFail, Map.of("key", key, "now", now, "windowMillis", windowMillis)).single();
            record(tx, Type.LOGIN_FAILED, username, userId, ip, detail);
            return new Throttle(r.get("failures").asLong(), r.get("windowStart").asLong());
        });
    }

    /** A successful sign-in: forgets the failures and logs it. */
    public void succeeded(String key, String username, String userId, String ip) {
        db.write(tx -> {
            tx.run(throttleClear, Map.of("key", key)).consume();
            record(tx, Type.LOGIN, username, userId, ip, null);
            return null;
        });
    }
}
