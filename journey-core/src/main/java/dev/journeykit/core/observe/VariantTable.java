package dev.journeykit.core.observe;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The distinct paths (step index sequences) of a population with their customer counts, without
 * an object per path: the paths' steps end to end in one array, an open-addressing index by
 * hash. Memory: 4 bytes a step of each distinct path plus 28 to 44 bytes a path, in a few arrays
 * (nothing for the collector to trace). Mergeable; serializable.
 */
final class VariantTable implements Serializable {

    private static final long serialVersionUID = 1L;

    private int size;
    /** The steps of path i are steps[start[i] .. start[i + 1] - 1]. */
    private int[] steps = new int[64];
    private int[] start = new int[17];
    private long[] count = new long[16];
    /**
     * By slot: the path's hash in the high 32 bits and path + 1 in the low ones, 0 for an empty
     * slot; a probe past a path of another hash reads nothing else. A path's first slot is the
     * top bits of its hash, so that paths added in the order of their hashes probe the table from
     * its start to its end (a large table's probes in any other order are cache misses).
     */
    private long[] table = new long[32];

    int size() {
        return size;
    }

    long count(int path) {
        return count[path];
    }

    int from(int path) {
        return start[path];
    }

    int to(int path) {
        return start[path + 1];
    }

    /** The steps of every path, end to end (path i at {@link #from}(i) .. {@link #to}(i) - 1). */
    int[] steps() {
        return steps;
    }

    /** Counts n customers more for the path in p[from, to). */
    void add(int[] p, int from, int to, long n) {
        add(p, from, to, hash(p, from, to), n);
    }

    /** Counts n customers more for the path in p[from, to) whose {@link #hash} is h. */
    void add(int[] p, int from, int to, int h, long n) {
        int mask = table.length - 1;
        int length = to - from;
        for (int slot = h >>> Integer.numberOfLeadingZeros(mask); ; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if (entry == 0) {
                insert(p, from, to, h, n, slot);
                return;
            }
            if ((int) (entry >>> 32) == h) {
                int i = (int) entry - 1;
                if (start[i + 1] - start[i] == length && Arrays.equals(steps, start[i], start[i + 1], p, from, to)) {
                    count[i] += n;
                    return;
                }
            }
        }
    }

    private void insert(int[] p, int from, int to, int h, long n, int slot) {
        int i = size++;
        if (i == count.length) {
            count = Arrays.copyOf(count, i * 2);
            start = Arrays.copyOf(start, i * 2 + 1);
        }
        int at = start[i];
        int length = to - from;
        if (at + length > steps.length) {
            steps = Arrays.copyOf(steps, Math.max(steps.length * 2, at + length));
        }
        System.arraycopy(p, from, steps, at, length);
        start[i + 1] = at + length;
        count[i] = n;
        table[slot] = (long) h << 32 | (i + 1L);
        if (size * 2 > table.length) {
            long[] bigger = new long[table.length * 2];
            int mask = bigger.length - 1;
            int shift = Integer.numberOfLeadingZeros(mask);
            for (long entry : table) {
                if (entry != 0) {
                    int s = (int) (entry >>> 32) >>> shift;
                    while (bigger[s] != 0) {
                        s = (s + 1) & mask;
                    }
                    bigger[s] = entry;
                }
            }
            table = bigger;
        }
    }

    /** Adds every path of {@code other} with its count; other is left as it was. */
    void merge(VariantTable other) {
        for (int i = 0; i < other.size; i++) {
            int from = other.start[i];
            int to = other.start[i + 1];
            add(other.steps, from, to, hash(other.steps, from, to), other.count[i]);
        }
    }

    /**
     * A hash of a path that mixes every step into all bits (a polynomial with a small factor made
     * paths such as [a, b + 31] and [a + 1, b] collide, and linear probing then compared them all).
     */
    static int hash(int[] p, int from, int to) {
        long h = to - from;
        for (int i = from; i < to; i++) {
            h = (h ^ p[i]) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
        }
        return (int) (h ^ h >>> 32);
    }
}
