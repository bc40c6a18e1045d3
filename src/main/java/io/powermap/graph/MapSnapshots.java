package io.powermap.graph;

import com.fasterxml.jackson.databind.util.RawValue;
import io.powermap.audit.ChangeLog;
import io.powermap.audit.Snapshots;
import io.powermap.web.ApiException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

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
 *
 * <p>Beside the rows, a snapshot keeps each row's element JSON ({@link MapElements}). A patch keeps the
 * unchanged rows' objects, so their JSON carries over by identity and only the re-read rows are serialised.
 */
final class MapSnapshots {

    /**
     * Rows kept over all snapshots (people, lines and ties), least recently used out first: about four maps of
     * 2,000 people / 20,000 ties (~20 MB of row maps and ~7 MB of element JSON each) or forty of 300 / 1,500;
     * a count of snapshots would let eight busy small accounts push each other out.
     */
    static final long BUDGET = 100_000;
    private static final Set<String> PATCHABLE = Set.of("Person", "Influence");

    /** Cypher's ascending order of strings: by code point, null last. */
    private static final Comparator<Object> CYPHER_STRINGS = Comparator.nullsLast(
            (a, b) -> codePointCompare((String) a, (String) b));
    private static final Comparator<Map<String, Object>> BY_ID = Comparator.comparing(r -> r.get("id"), CYPHER_STRINGS);
    private static final Comparator<Map<String, Object>> BY_NAME_ID =
            Comparator.<Map<String, Object>, Object>comparing(r -> r.get("name"), CYPHER_STRINGS).thenComparing(BY_ID);

    /** All rows of a map and every row's element JSON; read-only once made, so answers may share it. */
    record Snapshot(GraphRepository.Rows rows, Map<Map<String, Object>, RawValue> elements) {

        /** The rows' elements as JSON, reusing what {@code previous} (may be null) wrote for the same row objects. */
        static Snapshot of(GraphRepository.Rows rows, Snapshot previous) {
            Map<Map<String, Object>, RawValue> json = new IdentityHashMap<>(
                    rows.people().size() + rows.reportsTo().size() + rows.influences().size());
            Map<Map<String, Object>, RawValue> old = previous == null ? new IdentityHashMap<>() : previous.elements; // never hash a row's content
            rows.people().forEach(row -> json.put(row, reuse(old, row, MapElements::person)));
            rows.reportsTo().forEach(row -> json.put(row, reuse(old, row, MapElements::line)));
            rows.influences().forEach(row -> json.put(row, reuse(old, row, MapElements::tie)));
            return new Snapshot(rows, Collections.unmodifiableMap(json));
        }

        private static RawValue reuse(Map<Map<String, Object>, RawValue> old, Map<String, Object> row,
                                      UnaryOperator<Map<String, Object>> element) {
            RawValue json = old.get(row);
            return json != null ? json : MapElements.json(element.apply(row));
        }

        /** The JSON of the given rows of this snapshot, in their order. */
        List<RawValue> json(List<Map<String, Object>> rows) {
            List<RawValue> out = new ArrayList<>(rows.size());
            rows.forEach(row -> out.add(elements.get(row)));
            return out;
        }
    }

    private final GraphRepository repository;
    private final Snapshots<Snapshot> snapshots = new Snapshots<>(BUDGET,
            s -> s.rows().people().size() + s.rows().reportsTo().size() + s.rows().influences().size());

    MapSnapshots(GraphRepository repository) {
        this.repository = repository;
    }

    /**
     * The map as of {@code state} or newer, its last contacts on or before {@code today}: a snapshot per day, since
     * a meeting entered ahead becomes the last contact when its day comes, with no write to say so.
     */
    Snapshot get(String accountId, String opportunityId, LocalDate today, long state) {
        return snapshots.get(accountId + "|" + opportunityId + "|" + today, state, new Snapshots.Source<>() {
            @Override
            public Snapshots.Tagged<Snapshot> readAll() {
                Snapshots.Tagged<GraphRepository.Rows> all = repository.readAll(accountId, opportunityId, today)
                        .orElseThrow(() -> ApiException.notFound("account", accountId));
                return new Snapshots.Tagged<>(all.at(), Snapshot.of(all.value(), null));
            }

            @Override
            public Snapshots.Tagged<Snapshot> patch(Snapshots.Tagged<Snapshot> current, long wanted) {
                return MapSnapshots.this.patch(accountId, opportunityId, today, current, wanted);
            }
        });
    }

    /** How many requests were answered by a patch and by a full read (for tests). */
    long[] counts() {
        return snapshots.counts();
    }

    /** The snapshot brought to the newest state (at least {@code state}), or null when it cannot be patched exactly. */
    private Snapshots.Tagged<Snapshot> patch(String accountId, String opportunityId, LocalDate today, Snapshots.Tagged<Snapshot> t,
                                             long state) {
        List<ChangeLog.Entry> log = repository.changesAfter(accountId, t.at(), state).orElse(null);
        if (log == null) {
            return null;
        }
        Set<String> people = new HashSet<>();
        Set<String> ties = new HashSet<>();
        for (ChangeLog.Entry c : log) {
            // An erasure also redacts the erased name in other people's titles: not one person's change.
            if (c.entityId() == null || !PATCHABLE.contains(c.entityType()) || "ERASE".equals(c.action())) {
                return null;
            }
            (c.entityType().equals("Person") ? people : ties).add(c.entityId());
        }
        GraphRepository.Rows old = t.value().rows();
        GraphRepository.Rows fresh = repository.readChanged(accountId, opportunityId, today, people, ties);

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

        return new Snapshots.Tagged<>(ChangeLog.end(t.at(), log), Snapshot.of(new GraphRepository.Rows(
                Collections.unmodifiableList(personRows), Collections.unmodifiableList(lines),
                Collections.unmodifiableList(influenceRows), fresh.orgs() == null ? old.orgs() : fresh.orgs()), t.value()));
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
