package dev.journeykit.core.observe;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The distinct paths (step index sequences) of a population with their customer counts, without
 * an object per path: the paths' steps end to end in blocks of {@value #BLOCK} steps (a longer path
 * in a block of its own), an open-addressing index by hash. The blocks are never copied as the
 * table grows (one array doubled as it fills would be copied again and again, and its last
 * doubling would leave up to half of it unused). Memory: 4 bytes a step of each distinct path plus
 * 28 to 52 bytes a path, in a few arrays (nothing for the collector to trace). Mergeable;
 * serializable.
 */
final class VariantTable implements Serializable {

    private static final long serialVersionUID = 2L;

    /** Steps a block holds (1 MB: large enough to go straight to the collector's old generation, small enough to waste little). */
    static final int BLOCK = 1 << 18;

    private int size;
    /**
     * The blocks of steps (the first grows to {@link #BLOCK}, then each is that long, or as long as
     * the one path it holds); path i is {@link #length}(i) steps from offset {@code (int) at[i]} of
     * block {@code at[i] >>> 32}.
     */
    private int[][] blocks = {new int[64]};
    private int blockCount = 1;
    /** The block paths are added to, and its steps used. */
    private int open;
    private int used;
    private long[] at = new long[16];
    private int[] length = new int[16];
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

    /** Where path i's steps are: its block in the high 32 bits, its offset there in the low ones. */
    long at(int path) {
        return at[path];
    }

    int length(int path) {
        return length[path];
    }

    /** The blocks of steps ({@link #blockCount()} of them used). */
    int[][] blocks() {
        return blocks;
    }

    int blockCount() {
        return blockCount;
    }

    /** Counts n customers more for the path in p[from, to). */
    void add(int[] p, int from, int to, long n) {
        add(p, from, to, hash(p, from, to), n);
    }

    /** Counts n customers more for the path in p[from, to) whose {@link #hash} is h. */
    void add(int[] p, int from, int to, int h, long n) {
        int mask = table.length - 1;
        int steps = to - from;
        for (int slot = h >>> Integer.numberOfLeadingZeros(mask); ; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if (entry == 0) {
                insert(p, from, to, h, n, slot);
                return;
            }
            if ((int) (entry >>> 32) == h) {
                int i = (int) entry - 1;
                int off = (int) at[i];
                if (length[i] == steps && Arrays.equals(blocks[(int) (at[i] >>> 32)], off, off + steps, p, from, to)) {
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
            at = Arrays.copyOf(at, i * 2);
            length = Arrays.copyOf(length, i * 2);
        }
        int steps = to - from;
        long where = room(steps);
        System.arraycopy(p, from, blocks[(int) (where >>> 32)], (int) where, steps);
        at[i] = where;
        length[i] = steps;
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

    /** The place of a new path of this many steps (block, offset), taken. */
    private long room(int steps) {
        if (steps > BLOCK) {
            return (long) newBlock(new int[steps]) << 32; // a path of its own; the open block stays open
        }
        int[] block = blocks[open];
        if (used + steps > block.length) {
            if (block.length < BLOCK) {
                blocks[open] = Arrays.copyOf(block, Math.min(BLOCK, Math.max(used + steps, block.length * 2)));
            } else {
                open = newBlock(new int[BLOCK]);
                used = 0;
            }
        }
        long where = (long) open << 32 | used;
        used += steps;
        return where;
    }

    private int newBlock(int[] block) {
        if (blockCount == blocks.length) {
            blocks = Arrays.copyOf(blocks, blockCount * 2);
        }
        blocks[blockCount] = block;
        return blockCount++;
    }

    /** Adds every path of {@code other} with its count; other is left as it was. */
    void merge(VariantTable other) {
        for (int i = 0; i < other.size; i++) {
            int[] block = other.blocks[(int) (other.at[i] >>> 32)];
            int from = (int) other.at[i];
            int to = from + other.length[i];
            add(block, from, to, hash(block, from, to), other.count[i]);
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
