package dev.journeykit.core.internal;

import java.util.Locale;

/**
 * The nearest-word suggestion of every JourneyKit message ("did you mean ...?"): one edit distance
 * (optimal string alignment: insertions, deletions, substitutions and swaps of neighbours), the
 * threshold a parameter of the caller. Not API: exported only to JourneyKit's own modules.
 */
public final class Spelling {

    /** Longer words are never compared: the distance is quadratic in their length. */
    public static final int MAX_LENGTH = 64;

    private Spelling() {
    }

    /**
     * The candidate nearest to {@code word}, at most {@code maxDistance} edits away, other than
     * {@code word} itself; null when none is that close. A candidate that is {@code word} in lower
     * case counts as one edit; ties go to the earlier candidate. O(candidates · |word|²) at most.
     */
    public static String nearest(String word, Iterable<String> candidates, int maxDistance) {
        if (word.length() > MAX_LENGTH) {
            return null;
        }
        String best = null;
        int bestDistance = maxDistance + 1;
        String lower = word.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - word.length()) >= bestDistance) {
                continue;
            }
            int d = candidate.equals(lower) ? 1 : distance(word, candidate, bestDistance);
            if (d < bestDistance && !candidate.equals(word)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * Optimal string alignment distance, giving up (returning {@code cap}) once it reaches
     * {@code cap}, and for words longer than {@link #MAX_LENGTH}.
     */
    public static int distance(String a, String b, int cap) {
        int n = a.length();
        int m = b.length();
        if (n > MAX_LENGTH || m > MAX_LENGTH) {
            return cap;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin >= cap) {
                return cap;
            }
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return Math.min(previous[m], cap);
    }
}
