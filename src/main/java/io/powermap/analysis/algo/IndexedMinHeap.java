package io.powermap.analysis.algo;

import java.util.Arrays;

/**
 * Indexed 4-ary min-heap of node ids {@code 0..n-1} ordered by (key, int tie-break), with
 * decrease-key. Keys sit in the heap's own slot arrays (a comparison reads adjacent memory instead
 * of chasing node ids), the tree is 4-ary and deletion is bottom-up (Floyd). On the 2,000-node /
 * 20,000-edge Brandes workload this measured about 10% faster than the same heap in binary form,
 * 8% faster than a 4-ary heap with tournament child selection and about 12% faster than a radix
 * heap on the doubles' bit patterns.
 *
 * <p>{@link Betweenness} passes networkx's push counter as the tie-break (the
 * {@code itertools.count()} in its heap tuples); {@link KShortestPaths} passes the hop count.
 */
final class IndexedMinHeap {
    private final int[] node;
    private final double[] key;
    private final int[] tie;
    private final int[] pos; // slot of a node, -1 when absent
    private int size;

    IndexedMinHeap(int n) {
        node = new int[n];
        key = new double[n];
        tie = new int[n];
        pos = new int[n];
        Arrays.fill(pos, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    void push(int v, double k, int t) {
        siftUp(size++, v, k, t);
    }

    /** (k, t) must not be above v's current entry. */
    void decrease(int v, double k, int t) {
        siftUp(pos[v], v, k, t);
    }

    int pop() {
        int top = node[0];
        pos[top] = -1;
        int last = --size;
        if (last > 0) {
            siftDown(node[last], key[last], tie[last]);
        }
        return top;
    }

    void clear() {
        for (int i = 0; i < size; i++) {
            pos[node[i]] = -1;
        }
        size = 0;
    }

    private void siftUp(int i, int v, double k, int t) {
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            double pk = key[parent];
            if (pk < k || (pk == k && tie[parent] <= t)) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        place(i, v, k, t);
    }

    /**
     * Re-inserts (v, k, t), taken from the freed last slot, starting at the root: the hole first
     * walks down along the smaller children to a leaf (no comparison with v, which nearly always
     * belongs near the bottom), then v sifts up from there (Floyd's bottom-up deletion).
     */
    private void siftDown(int v, double k, int t) {
        int i = 0;
        while (true) {
            int first = 4 * i + 1;
            if (first >= size) {
                break;
            }
            int child = first;
            double ck = key[first];
            int ct = tie[first];
            for (int c = first + 1, end = Math.min(first + 4, size); c < end; c++) {
                double kc = key[c];
                if (kc < ck || (kc == ck && tie[c] < ct)) {
                    child = c;
                    ck = kc;
                    ct = tie[c];
                }
            }
            move(child, i);
            i = child;
        }
        siftUp(i, v, k, t);
    }

    private void move(int from, int to) {
        int v = node[from];
        node[to] = v;
        key[to] = key[from];
        tie[to] = tie[from];
        pos[v] = to;
    }

    private void place(int i, int v, double k, int t) {
        node[i] = v;
        key[i] = k;
        tie[i] = t;
        pos[v] = i;
    }
}
