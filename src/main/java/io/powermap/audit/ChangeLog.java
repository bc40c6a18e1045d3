package io.powermap.audit;

import io.powermap.db.Queries;
import org.neo4j.driver.TransactionContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an account's change log in the caller's transaction (like {@link AuditRepository#record} writes it):
 * where the log stands, and what changed since a snapshot of an earlier state, for the snapshots kept in
 * memory and patched from the log ({@link Snapshots}). Every account write appends an entry whose {@code seq}
 * is the account's new change counter, in the writer's transaction, so seq order is commit order.
 */
public final class ChangeLog {

    /** Above this many changes one full read is cheaper than a patch. */
    public static final int MAX_CHANGES = 200;

    /** An account's state and the id of the entry that made it (null unless exactly one, e.g. never for state 0). */
    public record Position(long state, String anchor) {}

    /** One entry: {@code seq} is the account's change counter it set; {@code before}/{@code after} as JSON. */
    public record Entry(long seq, String id, String action, String entityType, String entityId, String before, String after) {}

    private final String position;
    private final String changesSince;

    public ChangeLog(Queries q) {
        this.position = q.get("audit/position");
        this.changesSince = q.get("audit/changes-since");
    }

    /** Where the account's log stands; read first, the rows read after it in the same transaction are of that state or newer. */
    public Optional<Position> position(TransactionContext tx, String accountId) {
        return tx.run(position, Map.of("accountId", accountId)).list().stream().findFirst().map(r -> {
            List<Object> anchors = r.get("anchors").asList();
            return new Position(r.get("state").asLong(), anchors.size() == 1 ? (String) anchors.get(0) : null);
        });
    }

    /**
     * The entries after {@code from}, oldest first, only when they are exactly the log since then: {@code from}'s
     * own entry still there (the same log), one entry per state, none missing (an entry without seq, from
     * before seq existed, leaves a hole), up to {@code atLeast} or newer, and at most {@link #MAX_CHANGES}.
     * Empty when a patch could not be exact.
     */
    public Optional<List<Entry>> after(TransactionContext tx, String accountId, Position from, long atLeast) {
        if (from.anchor() == null) {
            return Optional.empty();
        }
        List<Entry> log = tx.run(changesSince, Map.of("accountId", accountId, "since", from.state(), "limit", MAX_CHANGES + 2))
                .list(r -> new Entry(r.get("seq").asLong(), r.get("id").asString(null), r.get("action").asString(null),
                        r.get("entityType").asString(null), r.get("entityId").asString(null),
                        r.get("before").asString(null), r.get("after").asString(null)));
        if (log.isEmpty() || log.size() > MAX_CHANGES + 1 || !from.anchor().equals(log.get(0).id())) {
            return Optional.empty();
        }
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).seq() != from.state() + i) {
                return Optional.empty();
            }
        }
        if (log.get(log.size() - 1).seq() < atLeast) {
            return Optional.empty();                 // entries without seq, or not yet visible
        }
        return Optional.of(log.subList(1, log.size()));
    }

    /** Where the log stands after {@code entries} (from {@link #after}), which started at {@code from}. */
    public static Position end(Position from, List<Entry> entries) {
        if (entries.isEmpty()) {
            return from;
        }
        Entry last = entries.get(entries.size() - 1);
        return new Position(last.seq(), last.id());
    }
}
