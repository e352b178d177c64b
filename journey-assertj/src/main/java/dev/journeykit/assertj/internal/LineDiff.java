package dev.journeykit.assertj.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A short diff of two texts, line by line, for a failure message: the block between their common
 * first lines and their common last lines, old lines marked {@code -} and new ones {@code +},
 * each with its line number. A text's lines are split at {@code \n} (a {@code \r} before it and
 * one final line break are ignored). O(n) in the length of the texts.
 */
public final class LineDiff {

    /** The most lines shown of each side of the changed block. */
    public static final int MAX_LINES = 5;
    /** The most characters shown of one line. */
    public static final int MAX_WIDTH = 120;

    private final List<String> before;
    private final List<String> after;
    private final int prefix;
    private final int suffix;

    private LineDiff(List<String> before, List<String> after) {
        this.before = before;
        this.after = after;
        int p = 0;
        while (p < before.size() && p < after.size() && before.get(p).equals(after.get(p))) {
            p++;
        }
        int s = 0;
        while (s < before.size() - p && s < after.size() - p
                && before.get(before.size() - 1 - s).equals(after.get(after.size() - 1 - s))) {
            s++;
        }
        this.prefix = p;
        this.suffix = s;
    }

    public static LineDiff of(String before, String after) {
        return new LineDiff(lines(before), lines(after));
    }

    /** The lines of a text: split at {@code \n}, without {@code \r} line ends or one final line break. */
    public static List<String> lines(String text) {
        String normalized = text.replace("\r\n", "\n");
        if (normalized.endsWith("\n")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split("\n", -1));
    }

    /** Whether the texts have the same lines. */
    public boolean same() {
        return before.equals(after);
    }

    /** The 1-based number of the first line that differs. */
    public int firstDifference() {
        return prefix + 1;
    }

    public int beforeLines() {
        return before.size();
    }

    public int afterLines() {
        return after.size();
    }

    /** The changed block: {@code   12 - old line} lines, then {@code   12 + new line} lines, joined by {@code \n}. */
    public String render() {
        List<String> out = new ArrayList<>();
        side(out, before, '-');
        side(out, after, '+');
        return String.join("\n", out);
    }

    private void side(List<String> out, List<String> lines, char mark) {
        int end = lines.size() - suffix;
        for (int i = prefix; i < end && i < prefix + MAX_LINES; i++) {
            String line = lines.get(i);
            out.add("  " + (i + 1) + " " + mark + " "
                    + (line.length() > MAX_WIDTH ? line.substring(0, MAX_WIDTH) + "..." : line));
        }
        if (end - prefix > MAX_LINES) {
            out.add("  ... " + (end - prefix - MAX_LINES) + " more " + mark + " lines");
        }
    }
}
