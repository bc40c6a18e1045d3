package io.powermap.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.auth.AuthRecords.Credential;
import io.powermap.auth.AuthRecords.Token;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import org.neo4j.driver.Record;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sessions and personal API tokens, both stored in Neo4j under the SHA-256 of their secret (never
 * the secret itself), so every app instance serves every session and a database dump holds no
 * usable credential. Times are epoch milliseconds.
 */
public final class SessionRepository {

    private final Database db;
    private final ObjectMapper mapper;
    private final String sessionCreate;
    private final String sessionResolve;
    private final String sessionTouch;
    private final String sessionDelete;
    private final String sessionPurge;
    private final String tokenCreate;
    private final String tokenCount;
    private final String tokenResolve;
    private final String tokenTouch;
    private final String tokenList;
    private final String tokenDelete;

    public SessionRepository(Database db, Queries q, ObjectMapper mapper) {
        this.db = db;
        this.mapper = mapper;
        this.sessionCreate = q.get("auth/session-create");
        this.sessionResolve = q.get("auth/session-resolve");
        this.sessionTouch = q.get("auth/session-touch");
        this.sessionDelete = q.get("auth/session-delete");
        this.sessionPurge = q.get("auth/session-purge");
        this.tokenCreate = q.get("auth/token-create");
        this.tokenCount = q.get("auth/token-count");
        this.tokenResolve = q.get("auth/token-resolve");
        this.tokenTouch = q.get("auth/token-touch");
        this.tokenList = q.get("auth/token-list");
        this.tokenDelete = q.get("auth/token-delete");
    }

    public void createSession(String id, String tokenHash, String userId, long now, long expiresAt, String ip, long idleSince) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("tokenHash", tokenHash);
        p.put("userId", userId);
        p.put("now", now);
        p.put("expiresAt", expiresAt);
        p.put("ip", ip);
        db.write(tx -> {
            tx.run(sessionPurge, Map.of("now", now, "idleSince", idleSince)).consume();
            tx.run(sessionCreate, p).consume();
            return null;
        });
    }

    public Optional<Credential> resolveSession(String tokenHash, long now, long idleSince) {
        return db.read(tx -> tx.run(sessionResolve, Map.of("tokenHash", tokenHash, "now", now, "idleSince", idleSince))
                .list(SessionRepository::credential).stream().findFirst());
    }

    public void touchSession(String id, long now) {
        db.write(tx -> tx.run(sessionTouch, Map.of("id", id, "now", now)).consume());
    }

    public void deleteSession(String tokenHash) {
        db.write(tx -> tx.run(sessionDelete, Map.of("tokenHash", tokenHash)).consume());
    }

    public long tokenCount(String userId) {
        return db.read(tx -> tx.run(tokenCount, Map.of("userId", userId)).single().get("tokens").asLong());
    }

    public Token createToken(String id, String userId, String name, String tokenHash, long now, long expiresAt) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("userId", userId);
        p.put("name", name);
        p.put("tokenHash", tokenHash);
        p.put("now", now);
        p.put("expiresAt", expiresAt);
        return db.write(tx -> mapper.convertValue(tx.run(tokenCreate, p).single().get("row").asMap(), Token.class));
    }

    public Optional<Credential> resolveToken(String tokenHash, long now) {
        return db.read(tx -> tx.run(tokenResolve, Map.of("tokenHash", tokenHash, "now", now))
                .list(SessionRepository::credential).stream().findFirst());
    }

    public void touchToken(String id, long now) {
        db.write(tx -> tx.run(tokenTouch, Map.of("id", id, "now", now)).consume());
    }

    public List<Token> tokens(String userId) {
        return db.read(tx -> tx.run(tokenList, Map.of("userId", userId))
                .list(r -> mapper.convertValue(r.get("row").asMap(), Token.class)));
    }

    /** Deletes one of the user's own tokens; empty when there is no such token of theirs. */
    public Optional<String> deleteToken(String userId, String id) {
        return db.write(tx -> tx.run(tokenDelete, Map.of("userId", userId, "id", id))
                .list(r -> r.get("row").get("name").asString()).stream().findFirst());
    }

    private static Credential credential(Record r) {
        Map<String, Object> user = r.get("user").asMap();
        Map<String, Role> memberships = new HashMap<>();
        for (Object o : r.get("memberships").asList()) {
            Map<?, ?> m = (Map<?, ?>) o;
            memberships.put((String) m.get("accountId"), Role.valueOf((String) m.get("role")));
        }
        Actor actor = new Actor((String) user.get("id"), (String) user.get("username"),
                Boolean.TRUE.equals(user.get("admin")), memberships);
        return new Credential(r.get("credentialId").asString(), r.get("lastSeenAt").asLong(), actor,
                (String) user.get("displayName"));
    }
}
