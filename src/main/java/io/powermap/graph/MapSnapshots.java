package io.powermap.graph;

import io.powermap.web.ApiException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The full map's rows per account and opportunity, kept in memory with the state they reflect and brought
 * up to a newer state by re-reading only what the change log says changed since, instead of the whole map.
 *
 * <p>A patch is only made when it is exact: the log from the snapshot's state on must be its own entry
 * (same id: the same log), then one entry per state up to the new one, none missing, each a person or an
 * influence tie (not an erasure). A changed person's row, every line and tie from or to them, and the org
 * rows (member counts) are read again; a changed tie is read again by id; what is gone is dropped. Anything
 * else (orgs, competitors, interactions, staff, roles per opportunity, imports, ...) reaches into many
 * people's rows, so it, like a long log, means a full read. The snapshot is only a cache: every instance
 * patches from the same log in Neo4j.
 */
final class MapSnapshots {

    /** Above this many changes one full read is cheaper than the patch. */
    static final int MAX_CHANGES = 200;
    private static final int SIZE = 4;
    private static final Set<String> PATCHABLE = Set.of("Person", "Influence");

    /** Cypher's ascending order of strings: by code point, null last. */
    private static final Comparator<Object> CYPHER_STRINGS = Comparator.nullsLast(
            (a, b) -> codePointCompare((String) a, (String) b));
    private static final Comparator<Map<String, Object>> BY_ID = Comparator.comparing(r -> r.get("id"), CYPHER_STRINGS);
    private static final Comparator<Map<String, Object>> BY_NAME_ID =
            Comparator.<Map<String, Object>, Object>comparing(r -> r.get("name"), CYPHER_STRINGS).thenComparing(BY_ID);

    /** One key's snapshot; its lock lets one request at a time bring it up to date while the others wait for it. */
    private static final class Slot {
        volatile GraphRepository.Tagged current;
    }

    private final GraphRepository repository;
    private final Map<String, Slot> slots = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Slot> eldest) {
            return size() > SIZE;
        }
    };
    private long patches;
    private long fullReads;

    MapSnapshots(GraphRepository repository) {
        this.repository = repository;
    }

    /** All rows of the map as of {@code state} or newer. */
    GraphRepository.Rows rows(String accountId, String opportunityId, long state) {
        Slot slot;
        synchronized (slots) {
            slot = slots.computeIfAbsent(accountId + "|" + opportunityId, k -> new Slot());
        }
        GraphRepository.Tagged t = slot.current;
        if (t != null && t.state() >= state) {
            return t.rows();
        }
        synchronized (slot) {
            t = slot.current;
            if (t != null && t.state() >= state) {
                return t.rows();
            }
            GraphRepository.Tagged next = t == null ? null : patch(accountId, opportunityId, t, state);
            if (next == null) {
                next = repository.readAll(accountId, opportunityId).orElseThrow(() -> ApiException.notFound("account", accountId));
                count(false);
            } else {
                count(true);
            }
            slot.current = next;
            return next.rows();
        }
    }

    /** How many requests were answered by a patch and by a full read (for tests). */
    synchronized long[] counts() {
        return new long[]{patches, fullReads};
    }

    private synchronized void count(boolean patched) {
        if (patched) {
            patches++;
        } else {
            fullReads++;
        }
    }

    /** The snapshot brought to the newest state (at least {@code state}), or null when it cannot be patched exactly. */
    private GraphRepository.Tagged patch(String accountId, String opportunityId, GraphRepository.Tagged t, long state) {
        if (t.anchor() == null) {
            return null;
        }
        List<GraphRepository.Change> log = repository.changesSince(accountId, t.state(), MAX_CHANGES + 2);
        if (log.isEmpty() || log.size() > MAX_CHANGES + 1 || log.get(0).seq() != t.state()
                || !t.anchor().equals(log.get(0).id())) {
            return null;
        }
        Set<String> people = new HashSet<>();
        Set<String> ties = new HashSet<>();
        for (int i = 1; i < log.size(); i++) {
            GraphRepository.Change c = log.get(i);
            // An erasure also redacts the erased name in other people's titles: not one person's change.
            if (c.seq() != t.state() + i || c.entityId() == null || !PATCHABLE.contains(c.entityType())
                    || "ERASE".equals(c.action())) {
                return null;
            }
            (c.entityType().equals("Person") ? people : ties).add(c.entityId());
        }
        GraphRepository.Change last = log.get(log.size() - 1);
        if (last.seq() < state) {
            return null;                              // entries without seq (from before it existed) or not yet visible
        }
        GraphRepository.Rows old = t.rows();
        GraphRepository.Rows fresh = repository.readChanged(accountId, opportunityId, people, ties);

        List<Map<String, Object>> personRows = new ArrayList<>(old.people().size() + fresh.people().size());
        for (Map<String, Object> row : old.people()) {
            if (!people.contains(row.get("id"))) {
                personRows.add(row);
            }
        }
        personRows.addAll(fresh.people());
        personRows.sort(BY_NAME_ID);

        List<Map<String, Object>> lines = new ArrayList<>(old.reportsTo().size() + fresh.reportsTo().size());
        for (Map<String, Object> row : old.reportsTo()) {
            if (!people.contains(row.get("source")) && !people.contains(row.get("target"))) {
                lines.add(row);
            }
        }
        lines.addAll(fresh.reportsTo());
        lines.sort(BY_ID);

        List<Map<String, Object>> influenceRows = new ArrayList<>(old.influences().size() + fresh.influences().size());
        for (Map<String, Object> row : old.influences()) {
            if (!people.contains(row.get("source")) && !people.contains(row.get("target")) && !ties.contains(row.get("id"))) {
                influenceRows.add(row);
            }
        }
        Set<Object> added = new HashSet<>();
        for (Map<String, Object> row : fresh.influences()) {
            if (added.add(row.get("id"))) {
                influenceRows.add(row);
            }
        }
        influenceRows.sort(BY_ID);

        return new GraphRepository.Tagged(last.seq(), last.id(), new GraphRepository.Rows(
                Collections.unmodifiableList(personRows), Collections.unmodifiableList(lines),
                Collections.unmodifiableList(influenceRows), fresh.orgs() == null ? old.orgs() : fresh.orgs()));
    }

    private static int codePointCompare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
