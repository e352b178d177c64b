package dev.journeykit.render.svg.internal;

import java.util.Arrays;

/**
 * Open intervals added one at a time, each with a value, and the largest value among the added
 * intervals that overlap a given open interval: {@code (lo, hi)} overlaps {@code (a, b)} when
 * {@code lo < b && a < hi}. The flow view's arcs of one column side use it to find how far out
 * the arcs already placed across an arc's span reach ({@link FlowLayout#lanes}).
 *
 * <p>The endpoints of every interval that will be added are given up front; between each two
 * neighbouring distinct endpoints lies one elementary gap, and an interval covers a run of gaps. A
 * segment tree over the gaps keeps, per node, the largest value of the intervals that cover the
 * node's whole run ({@code whole}, never pushed down) and the largest value of any interval that
 * covers a gap under the node ({@code below}). Two open intervals overlap exactly when some gap
 * lies in both, so a query takes {@code below} of the nodes its run of gaps covers and
 * {@code whole} of the nodes on the way to them.
 *
 * <p>Complexity: O(m log m) to build for m endpoints, O(log m) to {@link #add} and to
 * {@link #max}, O(m) memory.
 */
final class IntervalMax {

    /** The distinct endpoints, ascending. */
    private final double[] coords;
    /** The number of leaves: a power of two, at least the number of gaps. */
    private final int size;
    private final double[] whole;
    private final double[] below;

    /**
     * A structure for intervals whose endpoints are among {@code endpoints} (any order,
     * duplicates allowed; not NaN).
     */
    IntervalMax(double[] endpoints) {
        double[] sorted = new double[endpoints.length];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = endpoints[i] + 0.0; // -0.0 as 0.0, so that equal endpoints are one
        }
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (distinct == 0 || sorted[i] != sorted[distinct - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        coords = Arrays.copyOf(sorted, distinct);
        int gaps = Math.max(1, distinct - 1);
        int s = 1;
        while (s < gaps) {
            s <<= 1;
        }
        size = s;
        whole = new double[2 * s];
        below = new double[2 * s];
        Arrays.fill(whole, Double.NEGATIVE_INFINITY);
        Arrays.fill(below, Double.NEGATIVE_INFINITY);
    }

    /** The largest value added so far, or negative infinity. */
    double max() {
        return below[1];
    }

    /**
     * Adds the open interval {@code (lo, hi)} with {@code value}; {@code lo < hi}, both among the
     * endpoints given to the constructor.
     *
     * @throws IllegalArgumentException when an endpoint was not given or {@code lo >= hi}
     */
    void add(double lo, double hi, double value) {
        int from = Arrays.binarySearch(coords, lo + 0.0);
        int to = Arrays.binarySearch(coords, hi + 0.0);
        if (from < 0 || to < 0 || from >= to) {
            throw new IllegalArgumentException("not an interval of known endpoints: (" + lo + ", " + hi + ")");
        }
        add(1, 0, size - 1, from, to - 1, value);
    }

    private void add(int node, int nodeFrom, int nodeTo, int from, int to, double value) {
        below[node] = Math.max(below[node], value);
        if (from <= nodeFrom && nodeTo <= to) {
            whole[node] = Math.max(whole[node], value);
            return;
        }
        int mid = (nodeFrom + nodeTo) >>> 1;
        if (from <= mid) {
            add(2 * node, nodeFrom, mid, from, to, value);
        }
        if (to > mid) {
            add(2 * node + 1, mid + 1, nodeTo, from, to, value);
        }
    }

    /**
     * The largest value of the added intervals that overlap the open interval {@code (a, b)}, or
     * negative infinity when none does ({@code a} and {@code b} need not be endpoints).
     */
    double max(double a, double b) {
        if (!(a < b) || coords.length < 2) {
            return Double.NEGATIVE_INFINITY;
        }
        // gap k, between coords[k] and coords[k + 1], meets (a, b) when coords[k] < b and coords[k + 1] > a
        int from = Math.max(0, countAtMost(a) - 1);
        int to = Math.min(coords.length - 2, countBelow(b) - 1);
        if (from > to) {
            return Double.NEGATIVE_INFINITY;
        }
        return max(1, 0, size - 1, from, to);
    }

    private double max(int node, int nodeFrom, int nodeTo, int from, int to) {
        if (from <= nodeFrom && nodeTo <= to) {
            return below[node];
        }
        double most = whole[node];
        int mid = (nodeFrom + nodeTo) >>> 1;
        if (from <= mid && below[2 * node] > most) {
            most = Math.max(most, max(2 * node, nodeFrom, mid, from, to));
        }
        if (to > mid && below[2 * node + 1] > most) {
            most = Math.max(most, max(2 * node + 1, mid + 1, nodeTo, from, to));
        }
        return most;
    }

    /** How many endpoints are at most {@code x}. */
    private int countAtMost(double x) {
        int lo = 0;
        int hi = coords.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (coords[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How many endpoints are below {@code x}. */
    private int countBelow(double x) {
        int lo = 0;
        int hi = coords.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (coords[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
