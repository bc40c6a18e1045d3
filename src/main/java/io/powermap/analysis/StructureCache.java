package io.powermap.analysis;

import io.powermap.analysis.algo.Betweenness;
import io.powermap.analysis.algo.Communities;
import io.powermap.analysis.algo.WeightedDigraph;
import io.powermap.domain.Lru;

import java.util.List;
import java.util.Map;

/**
 * Betweenness and communities depend only on who influences whom and how strongly, not on stances,
 * decision roles, owners, contacts or the chosen opportunity. Those are the frequent edits and the
 * opportunity switch, so they reuse the last structural scores of the account instead of running
 * Brandes again (about 600 ms of CPU at 2,000 people / 20,000 ties). Reuse needs the whole influence
 * graph and the people's order to be identical, compared in full, never by a hash alone.
 *
 * <p>When only ties changed (same people, same order), betweenness is updated from the last scores
 * ({@link Betweenness#update}): only the sources whose shortest paths the changed ties can touch run
 * again. Communities are recomputed (a few ms).
 */
public final class StructureCache {

    public record Structure(double[] betweenness, int[] community) {}

    /** What a structure is derived from and its raw betweenness, the starting point of an update. */
    private record Entry(WeightedDigraph influence, WeightedDigraph cost, List<String> ids, Betweenness.Raw raw,
                         Structure structure) {}

    private static final int ACCOUNTS = 64;

    private final boolean reuse;

    private final Map<String, Entry> latest = new Lru<>(ACCOUNTS);

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

    /** @param cost the influence graph with path costs as weights, what betweenness runs on */
    public Structure get(String accountId, WeightedDigraph influence, WeightedDigraph cost, List<String> ids) {
        Entry last = null;
        if (reuse) {
            synchronized (latest) {
                last = latest.get(accountId);
            }
            if (last != null && last.ids().equals(ids) && last.influence().sameAs(influence)) {
                return last.structure();
            }
        }
        // Computed outside the lock: other accounts are not held up; two racing misses both compute.
        Betweenness.Raw updated = last != null && last.ids().equals(ids)
                ? Betweenness.update(last.cost(), last.raw(), cost, true) : null;
        Betweenness.Raw raw = updated != null ? updated : Betweenness.computeRaw(cost, true);
        Structure computed = new Structure(Betweenness.normalize(raw.raw()), Communities.louvain(influence));
        if (reuse) {
            synchronized (latest) {
                latest.put(accountId, new Entry(influence, cost, List.copyOf(ids), raw, computed));
            }
        }
        return computed;
    }
}
