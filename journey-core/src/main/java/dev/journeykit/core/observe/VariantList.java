package dev.journeykit.core.observe;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The variant distribution of an {@link Observation}: most customers first, then by the map's
 * order of their steps (lexicographic, a path before its extensions). It holds the paths as step
 * indices, makes each {@link Variant} when asked, and orders the paths when read: a log of a
 * million customers has about as many variants and most readers look at the first few, so the
 * first {@value #TOP} positions are found without ordering the rest (the paths of at least the
 * count of the {@value #TOP}th, ordered alone), the whole order on a read beyond them. Sorted
 * without an object per path: a radix sort by the first steps packed into a number, a stable one
 * by count, then the rare runs equal in both by their whole paths. Immutable; thread-safe.
 */
final class VariantList extends AbstractList<Variant> implements RandomAccess {

    /** Positions ordered before the whole order is needed. */
    static final int TOP = 1024;
    /** Counts below this are counted per value when the {@value #TOP}th count is looked for. */
    private static final int SMALL_COUNTS = 4096;

    private final String[] stepIds;
    private final int[][] blocks;
    private final long[] at;
    private final int[] length;
    private final long[] counts;
    /** The paths in order: the first top.length positions, then all. */
    private volatile int[] top;
    private volatile int[] order;

    /**
     * Path p is length[p] steps from offset {@code (int) at[p]} of block {@code at[p] >>> 32} (as a
     * {@link VariantTable} keeps them), with counts[p] customers; in no particular order.
     */
    VariantList(String[] stepIds, int[][] blocks, long[] at, int[] length, long[] counts) {
        this.stepIds = stepIds;
        this.blocks = blocks;
        this.at = at;
        this.length = length;
        this.counts = counts;
    }

    /** Path p is steps[start[p] .. start[p + 1] - 1] with counts[p] customers; in no particular order. */
    VariantList(String[] stepIds, int[] steps, int[] start, long[] counts) {
        this(stepIds, new int[][] {steps}, startsOf(start, counts.length), lengthsOf(start, counts.length), counts);
    }

    private static long[] startsOf(int[] start, int n) {
        long[] at = new long[n];
        for (int p = 0; p < n; p++) {
            at[p] = start[p];
        }
        return at;
    }

    private static int[] lengthsOf(int[] start, int n) {
        int[] length = new int[n];
        for (int p = 0; p < n; p++) {
            length[p] = start[p + 1] - start[p];
        }
        return length;
    }

    @Override
    public Variant get(int index) {
        int p = path(index);
        int[] steps = blocks[(int) (at[p] >>> 32)];
        int from = (int) at[p];
        String[] ids = new String[length[p]];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = stepIds[steps[from + i]];
        }
        return new Variant(List.of(ids), counts[p]);
    }

    @Override
    public int size() {
        return counts.length;
    }

    /** The path at position index. */
    private int path(int index) {
        int[] all = order;
        if (all != null) {
            return all[index];
        }
        if (index < 0 || index >= counts.length) {
            throw new IndexOutOfBoundsException("variant " + index + " of " + counts.length);
        }
        int[] first = top;
        if (first == null && index < TOP) {
            first = top();
        }
        if (first != null && index < first.length) {
            return first[index];
        }
        return all()[index];
    }

    private synchronized int[] all() {
        if (order == null) {
            int[] o = new int[counts.length];
            for (int v = 0; v < o.length; v++) {
                o[v] = v;
            }
            sort(o);
            order = o;
        }
        return order;
    }

    /** The first min(TOP, size) positions (the whole order when the paths of their counts are many). */
    private synchronized int[] top() {
        if (top != null) {
            return top;
        }
        int n = counts.length;
        int k = Math.min(TOP, n);
        // the kth largest count: small counts by value, the large ones sorted
        int[] perCount = new int[SMALL_COUNTS];
        int largeCount = 0;
        for (long c : counts) {
            if (c < SMALL_COUNTS) {
                perCount[(int) c]++;
            } else {
                largeCount++;
            }
        }
        long[] large = new long[largeCount];
        for (int v = 0, i = 0; i < largeCount; v++) {
            if (counts[v] >= SMALL_COUNTS) {
                large[i++] = counts[v];
            }
        }
        long kth;
        if (largeCount >= k) {
            Arrays.sort(large, 0, largeCount);
            kth = large[largeCount - k];
        } else {
            int c = SMALL_COUNTS - 1;
            for (long seen = largeCount + perCount[c]; seen < k; seen += perCount[--c]) {
                // down to the count that makes k
            }
            kth = c;
        }
        int candidates = 0;
        for (long c : counts) {
            if (c >= kth) {
                candidates++;
            }
        }
        if (candidates > Math.max(8 * TOP, n / 8)) {
            top = Arrays.copyOf(all(), k);
            return top;
        }
        int[] o = new int[candidates];
        for (int v = 0, i = 0; v < n; v++) {
            if (counts[v] >= kth) {
                o[i++] = v;
            }
        }
        sort(o);
        top = Arrays.copyOf(o, k);
        return top;
    }

    /** Orders these paths (any of them; the order is total, so any subset orders as in the whole). */
    private void sort(int[] order) {
        int n = order.length;
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(stepIds.length)); // step + 1, 0 for "ended"
        int packed = 64 / bits;
        // prefix[i]: the first steps of the path at order[i], packed; kept beside order as it is sorted
        long[] prefix = new long[n];
        long largest = 0;
        for (int i = 0; i < n; i++) {
            int v = order[i];
            long key = 0;
            int[] steps = blocks[(int) (at[v] >>> 32)];
            int from = (int) at[v];
            int pathLength = length[v];
            for (int k = 0; k < packed; k++) {
                key = key << bits | (k < pathLength ? steps[from + k] + 1 : 0);
            }
            prefix[i] = key;
            largest = Math.max(largest, counts[v]);
        }
        radixSort(order, prefix, 64, null);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = largest - counts[order[i]]; // ascending: most customers first
        }
        radixSort(order, keys, 64 - Long.numberOfLeadingZeros(largest), prefix);
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && counts[order[j]] == counts[order[i]] && prefix[j] == prefix[i]) {
                j++;
            }
            if (j - i > 1) {
                Integer[] run = new Integer[j - i];
                for (int k = i; k < j; k++) {
                    run[k - i] = order[k];
                }
                Arrays.sort(run, this::compareSteps);
                for (int k = i; k < j; k++) {
                    order[k] = run[k - i];
                }
            }
            i = j;
        }
    }

    /** Orders two paths by their steps (lexicographic, a path before its extensions). */
    private int compareSteps(int a, int b) {
        int fromA = (int) at[a];
        int fromB = (int) at[b];
        return Arrays.compare(blocks[(int) (at[a] >>> 32)], fromA, fromA + length[a],
                blocks[(int) (at[b] >>> 32)], fromB, fromB + length[b]);
    }

    /**
     * Sorts order stably by its keys (key[i] belongs to order[i]; unsigned, the low keyBits bits
     * count), 8 bits a pass, skipping passes where every key has the same digit; the keys are
     * sorted with it, and so is carry (values beside order, when not null). O(n) a pass.
     */
    private static void radixSort(int[] order, long[] key, int keyBits, long[] carry) {
        int n = order.length;
        if (n < 2) {
            return;
        }
        long[] k = key;
        int[] o2 = new int[n];
        long[] k2 = new long[n];
        long[] c2 = carry == null ? null : new long[n];
        int[] digits = new int[257];
        for (int shift = 0; shift < keyBits; shift += 8) {
            Arrays.fill(digits, 0);
            for (int i = 0; i < n; i++) {
                digits[(int) (k[i] >>> shift & 0xff) + 1]++;
            }
            if (digits[(int) (k[0] >>> shift & 0xff) + 1] == n) {
                continue;
            }
            for (int d = 0; d < 256; d++) {
                digits[d + 1] += digits[d];
            }
            for (int i = 0; i < n; i++) {
                int at = digits[(int) (k[i] >>> shift & 0xff)]++;
                o2[at] = order[i];
                k2[at] = k[i];
                if (carry != null) {
                    c2[at] = carry[i];
                }
            }
            System.arraycopy(o2, 0, order, 0, n);
            System.arraycopy(k2, 0, k, 0, n);
            if (carry != null) {
                System.arraycopy(c2, 0, carry, 0, n);
            }
        }
    }
}
