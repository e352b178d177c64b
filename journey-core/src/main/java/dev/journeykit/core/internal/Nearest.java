package dev.journeykit.core.internal;

/**
 * The nearest word to a misspelt one, for messages that suggest it ({@code did you mean 'sms'?}):
 * the finding codes of the catalog and the ids a builder's references name share it.
 */
public final class Nearest {

    private Nearest() {
    }

    /**
     * The candidate nearest to {@code word} by edit distance, when it is close enough to be a
     * likely typo (as the DSL judges it: at most 1 edit for a word of up to 3 characters, 2 up to
     * 6, else 3, and fewer edits than the word has characters); null otherwise. Ties go to the earlier candidate. O(C·n·m) for C candidates of length m and a word of length n.
     */
    public static String to(String word, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(word, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int limit = word.length() <= 3 ? 1 : word.length() <= 6 ? 2 : 3;
        return bestDistance <= limit && bestDistance < word.length() && !word.equals(best) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
