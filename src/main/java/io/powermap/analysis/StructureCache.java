package io.powermap.analysis;

import io.powermap.analysis.algo.WeightedDigraph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Betweenness and communities depend only on who influences whom and how strongly, not on stances,
 * decision roles, owners, contacts or the chosen opportunity. Those are the frequent edits and the
 * opportunity switch, so they reuse the last structural scores of the account instead of running
 * Brandes again (about 600 ms of CPU at 2,000 people / 20,000 ties). Reuse needs the whole influence
 * graph and the people's order to be identical, compared in full, never by a hash alone.
 */
public final class StructureCache {

    public record Structure(double[] betweenness, int[] community) {}

    private record Entry(WeightedDigraph influence, List<String> ids, Structure structure) {}

    private static final int ACCOUNTS = 64;

    private final boolean reuse;

    private final Map<String, Entry> latest = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > ACCOUNTS;
        }
    };

    public StructureCache() {
        this(true);
    }

    private StructureCache(boolean reuse) {
        this.reuse = reuse;
    }

    /** A cache that never reuses: every call computes. */
    public static StructureCache none() {
        return new StructureCache(false);
    }

    public Structure get(String accountId, WeightedDigraph influence, List<String> ids, Supplier<Structure> compute) {
        if (!reuse) {
            return compute.get();
        }
        synchronized (latest) {
            Entry e = latest.get(accountId);
            if (e != null && e.ids().equals(ids) && e.influence().sameAs(influence)) {
                return e.structure();
            }
        }
        // Computed outside the lock: other accounts are not held up; two racing misses both compute.
        Structure computed = compute.get();
        synchronized (latest) {
            latest.put(accountId, new Entry(influence, List.copyOf(ids), computed));
        }
        return computed;
    }
}
