package dev.journeykit.cli.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeleteDelta;
import com.github.difflib.patch.InsertDelta;
import com.github.difflib.patch.Patch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line diff that {@code fmt --check} prints, fast whatever the two texts.
 *
 * <p>Myers' diff (java-diff-utils) is minimal but costs O((N + M) D) for D differing lines: the
 * generator's 100,000-touchpoint text, 600,000 lines of which 73,000 differ from the canonical
 * text, took some 70 seconds. Texts whose two line counts multiply to at most {@code cells} go to
 * Myers whole, as before. Larger ones are split first, the way patience diff does: the lines their
 * common first and last lines leave between them are matched where a line occurs once on each side
 * (in the longest run of such lines in the same order on both sides), and each gap between two
 * matched lines is split again, or given to Myers once it is small. A gap that is large and has no
 * such line is one change. The diff is then not always minimal, but it is always a diff: applied to
 * the first text it gives the second.
 */
final class LineDiff {

    /** Where Myers takes over: a gap of at most this many line pairs (about a second at worst). */
    static final long CELLS = 4_000_000L;

    private LineDiff() {
    }

    /** The deltas from {@code before} to {@code after}. */
    static Patch<String> diff(List<String> before, List<String> after) {
        return diff(before, after, CELLS);
    }

    /** As {@link #diff(List, List)}, with Myers on every gap of at most {@code cells} line pairs. */
    static Patch<String> diff(List<String> before, List<String> after, long cells) {
        if ((long) before.size() * after.size() <= cells) {
            return DiffUtils.diff(before, after);
        }
        Patch<String> patch = new Patch<>();
        split(before, 0, before.size(), after, 0, after.size(), cells, patch);
        return patch;
    }

    /** Adds to {@code patch} the deltas from lines [a0, a1) of {@code a} to lines [b0, b1) of {@code b}. */
    private static void split(List<String> a, int a0, int a1, List<String> b, int b0, int b1, long cells,
                              Patch<String> patch) {
        while (a0 < a1 && b0 < b1 && a.get(a0).equals(b.get(b0))) {
            a0++;
            b0++;
        }
        while (a1 > a0 && b1 > b0 && a.get(a1 - 1).equals(b.get(b1 - 1))) {
            a1--;
            b1--;
        }
        if (a0 == a1 && b0 == b1) {
            return;
        }
        if (a0 == a1 || b0 == b1 || (long) (a1 - a0) * (b1 - b0) <= cells) {
            myers(a, a0, a1, b, b0, b1, patch);
            return;
        }
        int[][] anchors = anchors(a, a0, a1, b, b0, b1);
        if (anchors[0].length == 0) {
            patch.addDelta(new ChangeDelta<>(new Chunk<>(a0, a.subList(a0, a1)), new Chunk<>(b0, b.subList(b0, b1))));
            return;
        }
        int fromA = a0;
        int fromB = b0;
        for (int k = 0; k < anchors[0].length; k++) {
            split(a, fromA, anchors[0][k], b, fromB, anchors[1][k], cells, patch);
            fromA = anchors[0][k] + 1;
            fromB = anchors[1][k] + 1;
        }
        split(a, fromA, a1, b, fromB, b1, cells, patch);
    }

    /**
     * The lines found once in each range, matched, in the longest run that is in order on both
     * sides: their positions in {@code a} (ascending) and in {@code b} (ascending). O(n log n).
     */
    private static int[][] anchors(List<String> a, int a0, int a1, List<String> b, int b0, int b1) {
        // per line text: its position in a (-2 when more than once) and in b, -1 when not seen yet
        Map<String, int[]> seen = new HashMap<>();
        for (int i = a0; i < a1; i++) {
            int[] at = seen.computeIfAbsent(a.get(i), line -> new int[] {-1, -1});
            at[0] = at[0] == -1 ? i : -2;
        }
        for (int j = b0; j < b1; j++) {
            int[] at = seen.get(b.get(j));
            if (at != null) {
                at[1] = at[1] == -1 ? j : -2;
            }
        }
        // the pairs in the order of a, then the longest increasing run of their positions in b
        int[] inB = new int[a1 - a0];
        int[] inA = new int[a1 - a0];
        int pairs = 0;
        for (int i = a0; i < a1; i++) {
            int[] at = seen.get(a.get(i));
            if (at[0] >= 0 && at[1] >= 0) {
                inA[pairs] = i;
                inB[pairs] = at[1];
                pairs++;
            }
        }
        int[] tails = new int[pairs]; // tails[k]: the pair ending the best run of length k + 1 so far
        int[] previous = new int[pairs];
        int length = 0;
        for (int p = 0; p < pairs; p++) {
            int low = 0;
            int high = length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (inB[tails[mid]] < inB[p]) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            previous[p] = low > 0 ? tails[low - 1] : -1;
            tails[low] = p;
            if (low == length) {
                length++;
            }
        }
        int[][] run = {new int[length], new int[length]};
        for (int k = length - 1, p = length > 0 ? tails[length - 1] : -1; k >= 0; k--, p = previous[p]) {
            run[0][k] = inA[p];
            run[1][k] = inB[p];
        }
        return run;
    }

    /** Myers on lines [a0, a1) and [b0, b1), its deltas moved to their places in the whole texts. */
    private static void myers(List<String> a, int a0, int a1, List<String> b, int b0, int b1, Patch<String> patch) {
        for (AbstractDelta<String> d : DiffUtils.diff(a.subList(a0, a1), b.subList(b0, b1)).getDeltas()) {
            Chunk<String> source = new Chunk<>(d.getSource().getPosition() + a0, d.getSource().getLines());
            Chunk<String> target = new Chunk<>(d.getTarget().getPosition() + b0, d.getTarget().getLines());
            switch (d.getType()) {
                case DELETE -> patch.addDelta(new DeleteDelta<>(source, target));
                case INSERT -> patch.addDelta(new InsertDelta<>(source, target));
                case CHANGE -> patch.addDelta(new ChangeDelta<>(source, target));
                default -> {
                    // EQUAL deltas are only made when asked for
                }
            }
        }
    }
}
