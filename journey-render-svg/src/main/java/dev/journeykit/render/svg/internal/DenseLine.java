package dev.journeykit.render.svg.internal;

import java.util.List;

/**
 * The points of a line, curves sampled, with points added between two far apart so that no
 * two neighbours are more than 4 px apart, computed when asked for: a label tried near the
 * middle of a long line costs the line's sampled points, not its length.
 */
final class DenseLine {
    private final List<double[]> raw;
    /** Per raw point k (k > 0): the parts its segment from k - 1 is cut into (0 or 1: none added). */
    private final int[] steps;
    /** Per raw point k: the index of the first dense point of its segment; then the size. */
    private final int[] first;

    DenseLine(List<double[]> raw) {
        this.raw = raw;
        int n = raw.size();
        steps = new int[n];
        first = new int[n + 1];
        int at = 0;
        for (int k = 0; k < n; k++) {
            first[k] = at;
            if (k > 0) {
                double[] p = raw.get(k);
                double[] q = raw.get(k - 1);
                steps[k] = (int) Math.ceil(Math.hypot(p[0] - q[0], p[1] - q[1]) / 4);
                at += Math.max(0, steps[k] - 1);
            }
            at++;
        }
        first[n] = at;
    }

    int size() {
        return first[raw.size()];
    }

    /** Dense point {@code index}: a raw point, or the {@code s}-th of the points added before one. */
    double[] point(int index) {
        int lo = 0;
        int hi = raw.size() - 1;
        // the last raw point whose segment starts at or before index
        while (lo < hi) {
            int m = (lo + hi + 1) >>> 1;
            if (first[m] <= index) {
                lo = m;
            } else {
                hi = m - 1;
            }
        }
        int k = lo;
        int j = index - first[k];
        double[] p = raw.get(k);
        if (k == 0 || j == first[k + 1] - first[k] - 1) {
            return p;
        }
        double[] q = raw.get(k - 1);
        double t = (double) (j + 1) / steps[k];
        return new double[] {q[0] + t * (p[0] - q[0]), q[1] + t * (p[1] - q[1])};
    }
}
