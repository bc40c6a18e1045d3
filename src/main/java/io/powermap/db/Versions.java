package io.powermap.db;

import io.powermap.web.ApiException;
import org.neo4j.driver.TransactionContext;

import java.util.Map;

/**
 * Optimistic concurrency, in one place: a lock query takes the object's write lock and returns it
 * as {@code row} (with {@code version}, and {@code name} when it has one); then the version the
 * client read must still be the current one. Run first in a write transaction, before any change.
 */
public final class Versions {

    private Versions() {}

    /** The locked object's properties; 404 when there is none, 409 with the current version when stale. */
    public static Map<String, Object> lockAndCheck(TransactionContext tx, String lockQuery, Map<String, Object> params,
                                                   String what, String id, Long sentVersion) {
        Map<String, Object> current = tx.run(lockQuery, params).list(r -> r.get("row").asMap()).stream().findFirst()
                .filter(Versions::stillThere).orElseThrow(() -> ApiException.notFound(what, id));
        long currentVersion = current.get("version") == null ? 1 : ((Number) current.get("version")).longValue();
        if (sentVersion == null || currentVersion != sentVersion) {
            Object name = current.get("name");
            throw ApiException.staleVersion(name == null ? "this " + what : what + " " + name,
                    sentVersion == null ? -1 : sentVersion, currentVersion);
        }
        return current;
    }

    /**
     * Whether a locked row is of an object that still exists: one deleted by the transaction whose lock this one
     * waited for comes back without its properties (its id read as null), and is as missing as if never found.
     */
    public static boolean stillThere(Map<String, Object> row) {
        return !row.isEmpty() && (!row.containsKey("id") || row.get("id") != null);
    }
}
