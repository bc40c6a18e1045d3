package io.powermap.audit;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Values read from an account (a map's rows, an analysis subgraph) kept in memory per key with the state of the
 * change log they reflect, and brought up to a newer state by a patch from the log where the source can make
 * one exactly, else by a full read. The least recently used are dropped beyond a budget of total weight.
 * Only a cache: every instance patches from the same log in Neo4j.
 */
public final class Snapshots<T> {

    /** A value as of {@code at} or newer. */
    public record Tagged<T>(ChangeLog.Position at, T value) {}

    /** How one key's value is read in full and patched. */
    public interface Source<T> {
        Tagged<T> readAll();

        /** {@code current} brought to {@code state} or newer, or null when that cannot be done exactly. */
        Tagged<T> patch(Tagged<T> current, long state);
    }

    /** One key's snapshot; its lock lets one request at a time bring it up to date while the others wait for it. */
    private static final class Slot<T> {
        volatile Tagged<T> current;
        long weight;
    }

    private final long budget;
    private final ToLongFunction<T> weight;
    private final LinkedHashMap<String, Slot<T>> slots = new LinkedHashMap<>(16, 0.75f, true);
    private long total;
    private long patches;
    private long fullReads;

    /** @param budget the total weight kept; the newest value is kept whatever its weight */
    public Snapshots(long budget, ToLongFunction<T> weight) {
        this.budget = budget;
        this.weight = weight;
    }

    /** The value of {@code key} as of {@code state} or newer. */
    public T get(String key, long state, Source<T> source) {
        Slot<T> slot;
        synchronized (slots) {
            slot = slots.computeIfAbsent(key, k -> new Slot<>());
        }
        Tagged<T> t = slot.current;
        if (t != null && t.at().state() >= state) {
            return t.value();
        }
        synchronized (slot) {
            t = slot.current;
            if (t != null && t.at().state() >= state) {
                return t.value();
            }
            Tagged<T> next;
            boolean patched;
            try {
                next = t == null ? null : source.patch(t, state);
                patched = next != null;
                if (!patched) {
                    next = source.readAll();
                }
            } catch (RuntimeException e) {
                if (t == null) {
                    forget(key, slot);               // e.g. no such account: keep no empty slot for it
                }
                throw e;
            }
            slot.current = next;
            keep(key, slot, weight.applyAsLong(next.value()), patched);
            return next.value();
        }
    }

    /** How many requests were answered by a patch and by a full read (for tests). */
    public long[] counts() {
        synchronized (slots) {
            return new long[]{patches, fullReads};
        }
    }

    private void forget(String key, Slot<T> slot) {
        synchronized (slots) {
            slots.remove(key, slot);
        }
    }

    private void keep(String key, Slot<T> slot, long w, boolean patched) {
        synchronized (slots) {
            if (patched) {
                patches++;
            } else {
                fullReads++;
            }
            if (slots.get(key) != slot) {
                return;                              // dropped meanwhile: its value counts no more
            }
            total += w - slot.weight;
            slot.weight = w;
            Iterator<Map.Entry<String, Slot<T>>> eldest = slots.entrySet().iterator();
            while (total > budget && eldest.hasNext()) {
                Slot<T> s = eldest.next().getValue();
                if (s != slot) {
                    total -= s.weight;
                    eldest.remove();
                }
            }
        }
    }
}
