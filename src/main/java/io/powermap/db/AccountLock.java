package io.powermap.db;

import io.powermap.web.ApiException;
import org.neo4j.driver.TransactionContext;

import java.util.Map;

/**
 * The account's write lock, taken first by every transaction that creates nodes in an account (and by the
 * account's delete, in account/delete.cypher): held to commit, it keeps a create from committing between the
 * delete's scan of a label and the delete's commit (a node of a deleted account, which nothing cleans), and
 * taking it before any other lock keeps one lock order with the delete (the create's reference locks after it).
 * A create that waited for a delete finds the account gone, as for one never there: 404.
 */
public final class AccountLock {

    private final String lock;

    public AccountLock(Queries q) {
        this.lock = q.get("account/lock");
    }

    /** Locks the account until commit and returns its row; 404 when it does not exist (or is still being imported). */
    public Map<String, Object> take(TransactionContext tx, String accountId) {
        return tx.run(lock, Map.of("id", accountId)).list(r -> r.get("row").asMap()).stream().findFirst()
                .filter(Versions::stillThere).orElseThrow(() -> ApiException.notFound("account", accountId));
    }
}
