package dev.journeykit.dsl;

import dev.journeykit.core.model.SourcePosition;
import dev.journeykit.dsl.internal.DisplayWidth;
import java.util.Objects;

/**
 * One problem in a {@code .journey} text: where it is, how many characters it spans, what is
 * wrong, and the source line it is on (an excerpt around the spot when the line is very long).
 *
 * @param position     file, line and column (1-based, in Unicode code points) where the problem starts
 * @param length       how many characters (code points) the carets underline, at least 1 (the
 *                     carets themselves cover the display width of those characters)
 * @param message      what is wrong, what was expected, and the nearest valid word when one is close
 * @param sourceLine   the line of the problem, control characters shown as {@code ?}; a long line is
 *                     cut around the spot and the cuts are marked with {@code ...}
 * @param sourceColumn the 1-based column in {@code sourceLine} where the carets start; equal to the
 *                     position's column unless a long line was cut
 */
public record Diagnostic(SourcePosition position, int length, String message, String sourceLine,
                         int sourceColumn) {

    public Diagnostic {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(sourceLine, "sourceLine");
        if (length < 1 || sourceColumn < 1) {
            throw new IllegalArgumentException("length and sourceColumn must be positive");
        }
    }

    /** A diagnostic whose source line is shown whole, so the carets start at the position's column. */
    public Diagnostic(SourcePosition position, int length, String message, String sourceLine) {
        this(position, length, message, sourceLine, position.column());
    }

    /**
     * The diagnostic as the spec shows it: {@code file:line:column: message}, the source line, and
     * carets under the offending span. The carets line up in a monospace terminal: the padding
     * before them keeps the line's tabs as tabs and gives every other character its display
     * width (two spaces for a CJK character or an emoji, none for a combining mark), and the
     * carets cover the span's display width (a tab in the span is one caret).
     */
    public String render() {
        StringBuilder out = new StringBuilder(message.length() + 2 * sourceLine.length() + 40);
        out.append(position).append(": ").append(message).append('\n').append(sourceLine).append('\n');
        int column = 1;
        int i = 0;
        for (; i < sourceLine.length() && column < sourceColumn; column++) {
            int cp = sourceLine.codePointAt(i);
            if (cp == '\t') {
                out.append('\t');
            } else {
                for (int w = DisplayWidth.of(cp); w > 0; w--) {
                    out.append(' ');
                }
            }
            i += Character.charCount(cp);
        }
        for (; column < sourceColumn; column++) {
            out.append(' ');
        }
        int carets = 0;
        int counted = 0;
        for (; i < sourceLine.length() && counted < length; counted++) {
            int cp = sourceLine.codePointAt(i);
            carets += cp == '\t' ? 1 : DisplayWidth.of(cp);
            i += Character.charCount(cp);
        }
        carets += length - counted; // a span past the shown line: one caret a code point
        out.append("^".repeat(Math.max(1, carets)));
        return out.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
