package io.powermap.io.bulk;

import java.util.Arrays;

/**
 * File id to dense index (0, 1, 2, ... in order of first appearance), open addressing over two
 * arrays: about 12 bytes per slot plus the id strings, against ~60 for a {@code HashMap<String, Integer>}.
 */
final class IdIndex {

    private String[] keys;
    private int[] values;
    private int size;

    IdIndex() {
        this(1 << 10);
    }

    IdIndex(int capacity) {
        int n = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
        keys = new String[n];
        values = new int[n];
    }

    /** The id's index, or -1 when it is not present. */
    int get(String id) {
        if (id == null) {
            return -1;
        }
        int mask = keys.length - 1;
        for (int i = mix(id.hashCode()) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return -1;
            }
            if (k.equals(id)) {
                return values[i];
            }
        }
    }

    /** Adds the id with the next index; returns -1 when it was new, else its existing index. */
    int add(String id) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = mix(id.hashCode()) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                keys[i] = id;
                values[i] = size++;
                return -1;
            }
            if (k.equals(id)) {
                return values[i];
            }
        }
    }

    boolean contains(String id) {
        return get(id) >= 0;
    }

    int size() {
        return size;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = mix(oldKeys[j].hashCode()) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** A set of longs (e.g. packed from/to/kind of a tie) in one open-addressing array. */
    static final class LongSet {
        private static final long EMPTY = Long.MIN_VALUE;
        private long[] slots = new long[1 << 10];
        private int size;

        LongSet() {
            Arrays.fill(slots, EMPTY);
        }

        /** False when the value was already there. */
        boolean add(long v) {
            if (v == EMPTY) {
                throw new IllegalArgumentException("reserved value");
            }
            if ((size + 1) * 2 > slots.length) {
                long[] old = slots;
                slots = new long[old.length * 2];
                Arrays.fill(slots, EMPTY);
                size = 0;
                for (long o : old) {
                    if (o != EMPTY) {
                        add(o);
                    }
                }
            }
            int mask = slots.length - 1;
            for (int i = (int) mixLong(v) & mask; ; i = (i + 1) & mask) {
                if (slots[i] == EMPTY) {
                    slots[i] = v;
                    size++;
                    return true;
                }
                if (slots[i] == v) {
                    return false;
                }
            }
        }

        int size() {
            return size;
        }

        private static long mixLong(long v) {
            v ^= v >>> 33;
            v *= 0xff51afd7ed558ccdL;
            v ^= v >>> 33;
            return v;
        }
    }
}
