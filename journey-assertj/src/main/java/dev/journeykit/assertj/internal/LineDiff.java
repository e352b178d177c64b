package dev.journeykit.assertj.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A short diff of two texts, line by line, for a failure message: the block between their common
 * first lines and their common last lines, old lines marked {@code -} and new ones {@code +},
 * each with its line number. A text's lines are split at {@code \n} (a {@code \r} before it and
 * one final line break are ignored). A line longer than {@link #MAX_WIDTH} is shown around its
 * first differing column (compared with the line of the same number on the other side), with
 * {@code ...} where it is cut. O(n) in the length of the texts.
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

    /** The 1-based column of the first character that differs in line {@link #firstDifference()} (1 when one side has no such line). */
    public int firstColumn() {
        return column(prefix) + 1;
    }

    /** The 0-based first column where line {@code i} differs between the sides; 0 when one side has no line {@code i}. */
    private int column(int i) {
        if (i >= before.size() - suffix || i >= after.size() - suffix) {
            return 0;
        }
        String a = before.get(i);
        String b = after.get(i);
        int c = 0;
        while (c < a.length() && c < b.length() && a.charAt(c) == b.charAt(c)) {
            c++;
        }
        return c;
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
            out.add("  " + (i + 1) + " " + mark + " " + around(line, column(i)));
        }
        if (end - prefix > MAX_LINES) {
            out.add("  ... " + (end - prefix - MAX_LINES) + " more " + mark + " lines");
        }
    }

    /** At most {@link #MAX_WIDTH} characters of {@code line} around {@code column}: a third of them before it. */
    static String around(String line, int column) {
        if (line.length() <= MAX_WIDTH) {
            return line;
        }
        int start = Math.max(0, Math.min(column - MAX_WIDTH / 3, line.length() - MAX_WIDTH));
        int end = start + MAX_WIDTH;
        return (start > 0 ? "..." : "") + line.substring(start, end) + (end < line.length() ? "..." : "");
    }
}
