package io.powermap.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** A map in access order that drops its least recently used entry beyond {@code capacity}. Not thread-safe. */
public final class Lru<K, V> extends LinkedHashMap<K, V> {

    private final int capacity;

    public Lru(int capacity) {
        super(16, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
