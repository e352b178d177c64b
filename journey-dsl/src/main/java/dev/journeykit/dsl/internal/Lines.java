package dev.journeykit.dsl.internal;

import java.util.Arrays;

/**
 * Where each line of a text starts, filled by the {@link Lexer} as it passes each line end (or at
 * once by {@link #complete()}), and the line and column of an offset, computed only for a
 * position that is kept (a diagnostic, a source position of the model). Columns count Unicode
 * code points from 1; a UTF-8 byte order mark at the start of the text is no column.
 */
final class Lines {

    private final String text;
    /** starts[k] is the offset of line k + 1. */
    private int[] starts;
    private int count = 1;
    /** The line (0-based index) found last: positions are asked for near one another. */
    private int lastIndex;
    /** Column cache: the column of {@code colOffset}, on the line whose index is {@code colIndex}. */
    private int colIndex = -1;
    private int colOffset;
    private int colValue;
    /** Whether the whole text's lines are in the table. */
    private boolean complete;

    Lines(String text) {
        this.text = text;
        // room for a line every 32 chars, the most a map has that is not mostly blank lines
        this.starts = new int[Math.max(64, text.length() >> 5)];
    }

    /** Notes that a line starts at {@code offset}, after the line end just passed. */
    void add(int offset) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = offset;
    }

    /** Adds the lines that the lexer has not passed; for a position asked for after the parse. */
    Lines complete() {
        if (!complete) {
            complete = true;
            int from = starts[count - 1];
            for (int i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) {
                add(i + 1);
            }
        }
        return this;
    }

    /** The 0-based index of the line of {@code offset}: the last line that starts at or before it. */
    private int index(int offset) {
        int k = lastIndex;
        if (starts[k] <= offset) { // the parser asks mostly about the line asked last or a few lines on
            for (int stop = Math.min(count, k + 8); k < stop; k++) {
                if (k + 1 == count || starts[k + 1] > offset) {
                    lastIndex = k;
                    return k;
                }
            }
        }
        int lo = 0;
        int hi = count - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lastIndex = lo;
        return lo;
    }

    /** The 1-based line of {@code offset}. */
    int line(int offset) {
        return index(offset) + 1;
    }

    /** The offset where the line of {@code offset} starts. */
    int lineStart(int offset) {
        return starts[index(offset)];
    }

    /** The offset of the first char of 1-based {@code line} (the last line's for a line past it). */
    int start(int line) {
        return starts[Math.min(line, count) - 1];
    }

    /** The 1-based column of {@code offset} in code points; the byte order mark of the first line is none. */
    int column(int offset) {
        int k = index(offset);
        int from;
        int c;
        if (k == colIndex && colOffset <= offset) {
            from = colOffset;
            c = colValue;
        } else {
            from = starts[k];
            if (k == 0 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                from = Math.min(1, offset);
            }
            c = 1;
        }
        int lineStart = starts[k];
        for (int i = from; i < offset; i++) {
            if (!Character.isLowSurrogate(text.charAt(i)) || i == lineStart
                    || !Character.isHighSurrogate(text.charAt(i - 1))) {
                c++;
            }
        }
        colIndex = k;
        colOffset = offset;
        colValue = c;
        return c;
    }

    /** The offset of 1-based {@code column} on {@code line}, stopping at the line's end. */
    int offset(int line, int column) {
        int i = start(line);
        for (int c = 1; c < column && i < text.length() && text.charAt(i) != '\n'; c++) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }
}
