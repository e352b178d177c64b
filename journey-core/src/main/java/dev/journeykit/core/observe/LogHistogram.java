package dev.journeykit.core.observe;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A mergeable histogram of durations in whole milliseconds, for quantiles of a stated relative
 * error: every reported quantile is within {@link #RELATIVE_ERROR} (1 %) of the exact
 * nearest-rank quantile of the values added, and exact while the histogram holds at most
 * {@value #EXACT_LIMIT} values (it keeps them as they are: 8 bytes each). Beyond that it counts
 * per log-sized bucket: bucket 0 holds 0; from 1 ms on, bucket {@code i} holds the whole
 * milliseconds in {@code (floor(g^(i-1)), floor(g^i)]} with {@code g = 1.005 / 0.995}, so values
 * below about 200 ms have a bucket of their own and larger ones share a bucket whose ends differ
 * by less than 1 %. A quantile is then the bucket's harmonic mean of its ends (off by at most
 * 0.5 %), rounded to the millisecond (at most 0.5 % more).
 *
 * <p>The buckets are integers computed once with {@code StrictMath}, and which form a histogram
 * has depends only on how many values it holds, so any engine (one process, Spark executors)
 * that adds the same values in any order and merges in any grouping reports the same bytes.
 */
public final class LogHistogram implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest relative error of a reported quantile: 1 %. */
    public static final double RELATIVE_ERROR = 0.01;

    private static final double GAMMA = 1.005 / 0.995;
    /** UPPER[i]: the largest value of bucket i; UPPER[0] = 0. Values beyond the last share it. */
    private static final long[] UPPER = upperBounds();
    private static final int EXACT_LIMIT = 64;
    /**
     * The lookup that makes {@link #bucket} O(1): values are cut into ranges by their highest bit
     * and the {@value #SUB_BITS} bits below it (below 2^8 a range is one value), each range at
     * most 1/128 (under 0.8 %) wide, narrower than a bucket, so it meets at most two buckets;
     * FIRST holds the bucket of each range's smallest value.
     */
    private static final int SUB_BITS = 7;
    private static final int[] FIRST = firstBuckets();

    private long count;
    /** The values while few (size = count); null once counted per bucket. */
    private long[] exact = new long[4];
    /** Counts of buckets offset .. offset + dense.length - 1 once dense. */
    private int[] dense;
    private int offset;

    private static long[] upperBounds() {
        long[] bounds = new long[4096];
        int n = 1; // bounds[0] = 0
        for (int i = 0; n < bounds.length; i++) {
            long t = (long) Math.floor(StrictMath.pow(GAMMA, i));
            if (t > bounds[n - 1]) {
                bounds[n++] = t;
            }
            if (t > 1L << 45) { // beyond a thousand years in milliseconds
                break;
            }
        }
        return Arrays.copyOf(bounds, n);
    }

    private static int[] firstBuckets() {
        int[] first = new int[64 << SUB_BITS];
        for (int high = 0; high < 63; high++) {
            for (int sub = 0; sub < 1 << SUB_BITS; sub++) {
                if (high <= SUB_BITS && sub >= 1 << high) {
                    break; // below 2^8 each value has its own range
                }
                long lowest = high <= SUB_BITS ? 1L << high | sub : 1L << high | (long) sub << (high - SUB_BITS);
                first[high << SUB_BITS | sub] = searchBucket(lowest);
            }
        }
        return first;
    }

    /** The bucket of a positive value by binary search over the bucket ends. */
    static int searchBucket(long millis) {
        int i = Arrays.binarySearch(UPPER, millis);
        return i >= 0 ? i : Math.min(-i - 1, UPPER.length - 1);
    }

    /** The bucket of a value in milliseconds (negative values count as 0). O(1). */
    public static int bucket(long millis) {
        if (millis <= 0) {
            return 0;
        }
        int high = 63 - Long.numberOfLeadingZeros(millis);
        int sub = high <= SUB_BITS ? (int) millis & ((1 << high) - 1)
                : (int) (millis >>> (high - SUB_BITS)) & ((1 << SUB_BITS) - 1);
        int b = FIRST[high << SUB_BITS | sub];
        int last = UPPER.length - 1;
        while (b < last && millis > UPPER[b]) {
            b++;
        }
        return b;
    }

    /** What a quantile of a histogram counted per bucket reports for {@code millis}, in seconds. */
    public static double approximateSeconds(long millis) {
        return bucketSeconds(bucket(millis));
    }

    private static double bucketSeconds(int bucket) {
        if (bucket == 0) {
            return 0.0;
        }
        long lo = UPPER[bucket - 1] + 1;
        long hi = UPPER[bucket];
        double value = lo == hi ? lo : 2.0 * lo * hi / (lo + hi);
        return Math.round(value) / 1000.0;
    }

    /** Adds one duration in milliseconds (a negative one counts as 0). */
    public void add(long millis) {
        long value = Math.max(0, millis);
        if (exact != null && count < EXACT_LIMIT) {
            if (count == exact.length) {
                exact = Arrays.copyOf(exact, exact.length * 4); // 4, 16, 64: two copies on the way to the limit, not four
            }
            exact[(int) count++] = value;
            return;
        }
        addBucket(bucket(value), 1);
    }

    /**
     * Adds {@code values[from, to) & mask}, as {@link #add} of each in turn would: one call a run
     * of values gathered for this histogram, its counts and range read once (a histogram of many
     * is a few cache misses away).
     */
    void addAll(long[] values, int from, int to, long mask) {
        int i = from;
        for (; i < to && exact != null; i++) {
            add(values[i] & mask);
        }
        count += to - i;
        int[] d = dense;
        int off = offset;
        for (; i < to; i++) {
            int b = bucket(values[i] & mask);
            int at = b - off;
            if (at >= 0 && at < d.length) {
                d[at]++;
            } else {
                denseAdd(b, 1);
                d = dense;
                off = offset;
            }
        }
    }

    private void addBucket(int b, int times) {
        if (exact != null) {
            // counted per bucket from now on, over the range of the values so far (grown as needed)
            long[] values = exact;
            int size = (int) count;
            int low = b;
            int high = b;
            for (int i = 0; i < size; i++) {
                int v = bucket(values[i]);
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
            exact = null;
            dense = new int[high - low + 1];
            offset = low;
            for (int i = 0; i < size; i++) {
                dense[bucket(values[i]) - low]++;
            }
        }
        count += times;
        denseAdd(b, times);
    }

    private void denseAdd(int b, int times) {
        if (b < offset) {
            // grow by at least half again, so that a range reached one bucket at a time costs O(range)
            int room = Math.max(offset - b, dense.length / 2 + 8);
            int newOffset = Math.max(0, offset - room);
            int[] grown = new int[dense.length + (offset - newOffset)];
            System.arraycopy(dense, 0, grown, offset - newOffset, dense.length);
            dense = grown;
            offset = newOffset;
        } else if (b >= offset + dense.length) {
            dense = Arrays.copyOf(dense, Math.max(b - offset + 1, dense.length + dense.length / 2 + 8));
        }
        dense[b - offset] += times;
    }

    /** Adds every value of {@code other} (which is left as it was). */
    public void merge(LogHistogram other) {
        if (other.exact != null) {
            for (int i = 0; i < other.count; i++) {
                add(other.exact[i]);
            }
        } else if (exact == null) {
            // both counted per bucket: the counts added array to array, over a range covering both
            int from = Math.min(offset, other.offset);
            int to = Math.max(offset + dense.length, other.offset + other.dense.length);
            if (from < offset || to > offset + dense.length) {
                int[] grown = new int[to - from];
                System.arraycopy(dense, 0, grown, offset - from, dense.length);
                dense = grown;
                offset = from;
            }
            int[] d = dense;
            int[] o = other.dense;
            int at = other.offset - offset;
            for (int i = 0; i < o.length; i++) {
                d[at + i] += o[i];
            }
            count += other.count;
        } else {
            for (int i = 0; i < other.dense.length; i++) {
                if (other.dense[i] > 0) {
                    addBucket(other.offset + i, other.dense[i]);
                }
            }
        }
    }

    /** How many values were added. */
    public long count() {
        return count;
    }

    /**
     * The nearest-rank quantile in seconds: the {@code ceil(q * n)}-th smallest value ({@code q} in
     * 0..1; the smallest for 0), exact up to {@value #EXACT_LIMIT} values, else its bucket's value
     * (within 1 %); NaN when empty.
     */
    public double quantileSeconds(double q) {
        return quantilesSeconds(q)[0];
    }

    /**
     * {@link #quantileSeconds} of each of {@code qs}, in their order: the values ordered, or the
     * buckets counted, once for all of them.
     *
     * @throws IllegalArgumentException when a quantile is not within 0..1
     */
    public double[] quantilesSeconds(double... qs) {
        double[] out = new double[qs.length];
        for (double q : qs) {
            if (!(q >= 0 && q <= 1)) {
                throw new IllegalArgumentException("quantile " + q + " is not within 0..1");
            }
        }
        if (count == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        long[] sorted = null;
        if (exact != null) {
            sorted = Arrays.copyOf(exact, (int) count);
            Arrays.sort(sorted);
        }
        int i = 0; // the bucket reached, with seen values up to it; from 0 again for a smaller rank
        long seen = 0;
        long lastRank = 0;
        for (int k = 0; k < qs.length; k++) {
            long rank = Math.max(1, (long) Math.ceil(qs[k] * count));
            if (sorted != null) {
                out[k] = sorted[(int) rank - 1] / 1000.0;
                continue;
            }
            if (rank < lastRank) {
                i = 0;
                seen = 0;
            }
            lastRank = rank;
            while (i < dense.length && seen + dense[i] < rank) {
                seen += dense[i++];
            }
            if (i == dense.length) {
                throw new IllegalStateException("counts do not add up to " + count);
            }
            out[k] = bucketSeconds(offset + i);
        }
        return out;
    }
}
