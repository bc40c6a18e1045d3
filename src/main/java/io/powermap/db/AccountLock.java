package io.powermap.db;

import io.powermap.web.ApiException;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;

import java.util.Map;

/**
 * The account's write lock, taken first by every write in an account (and by the account's delete, in
 * account/delete.cypher), held to commit. A create cannot commit between the delete's scan of a label and the
 * delete's commit (a node of a deleted account, which nothing cleans). One lock order for all, the account first
 * and then what the write locks or links, keeps writes from deadlocking each other and the delete (a write that
 * took it only at its audit entry, holding the locks of what it linked, deadlocked the delete that held it).
 * A write that waited for a delete finds the account gone: 404.
 */
public final class AccountLock {

    private final Database db;
    private final String lock;

    public AccountLock(Database db, Queries q) {
        this.db = db;
        this.lock = q.get("account/lock");
    }

    /** A write transaction in the account ({@link Database#write}, retries included): the lock first, then {@code work}. */
    public <T> T write(String accountId, TransactionCallback<T> work) {
        return db.write(tx -> {
            take(tx, accountId);
            return work.execute(tx);
        });
    }

    /** Locks the account until commit and returns its row; 404 when it does not exist (or is still being imported). */
    public Map<String, Object> take(TransactionContext tx, String accountId) {
        return tx.run(lock, Map.of("id", accountId)).list(r -> r.get("row").asMap()).stream().findFirst()
                .filter(Versions::stillThere).orElseThrow(() -> ApiException.notFound("account", accountId));
    }
}
