package dev.journeykit.dsl;

import dev.journeykit.core.model.SourcePosition;
import java.util.Objects;

/**
 * One problem in a {@code .journey} text: where it is, how many characters it spans, what is
 * wrong, and the source line it is on (an excerpt around the spot when the line is very long).
 *
 * @param position     file, line and column (1-based, in Unicode code points) where the problem starts
 * @param length       how many characters (code points) the carets underline, at least 1
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
     * carets under the offending span (tabs of the line are kept, so the carets line up).
     */
    public String render() {
        StringBuilder out = new StringBuilder(message.length() + 2 * sourceLine.length() + 40);
        out.append(position).append(": ").append(message).append('\n').append(sourceLine).append('\n');
        int column = 1;
        for (int i = 0; i < sourceLine.length() && column < sourceColumn; column++) {
            int cp = sourceLine.codePointAt(i);
            out.append(cp == '\t' ? '\t' : ' ');
            i += Character.charCount(cp);
        }
        for (; column < sourceColumn; column++) {
            out.append(' ');
        }
        out.append("^".repeat(length));
        return out.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
