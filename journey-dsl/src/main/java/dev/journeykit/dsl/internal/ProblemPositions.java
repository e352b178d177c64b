package dev.journeykit.dsl.internal;

import dev.journeykit.core.model.Problem;
import dev.journeykit.core.model.SourcePosition;
import java.util.List;
import java.util.Map;

/**
 * Reports the problems core's validation found in a map built from text at their words: a
 * problem's position names a statement's line and column; the word reported is the offending id
 * on that line, the name's string for an empty name, the second {@code event} statement of a name
 * claimed twice, else the statement's first word.
 */
final class ProblemPositions {

    private final String text;
    private final Reporter reporter;
    private final Lines lines;
    private final Map<String, List<Long>> eventTokens;

    ProblemPositions(String text, Reporter reporter, Lines lines, Map<String, List<Long>> eventTokens) {
        this.text = text;
        this.reporter = reporter;
        this.eventTokens = eventTokens;
        this.lines = lines.complete();
    }

    /** Reports {@code p}; one without a position is reported at {@code fallback}, else at the text's start. */
    void report(Problem p, SourcePosition fallback) {
        SourcePosition position = p.position().orElse(fallback);
        if (position == null) {
            reporter.at(0, 0, 1, 1, 0, p.message());
            return;
        }
        int lineStart = lines.start(position.line());
        int offset = lines.offset(position.line(), position.column());
        int lineEnd = text.indexOf('\n', offset);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        if (p.kind() == Problem.Kind.DUPLICATE_EVENT && laterEvent(p, position)) {
            return;
        }
        if (p.kind() == Problem.Kind.EMPTY_NAME && emptyName(p, position, offset, lineStart, lineEnd)) {
            return;
        }
        if (p.offending().isPresent() && !p.offending().get().isEmpty()
                && offendingWord(p, position, offset, lineStart, lineEnd)) {
            return;
        }
        int end = offset;
        while (end < lineEnd && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        reporter.at(offset, lineStart, position.line(), position.column(), end, p.message());
    }

    /** A name claimed twice: reported at its {@code event} statement after the problem's position. */
    private boolean laterEvent(Problem p, SourcePosition position) {
        for (long t : eventTokens.getOrDefault(p.offending().orElse(""), List.of())) {
            SourcePosition at = reporter.position(t);
            if (at.line() > position.line() || (at.line() == position.line() && at.column() > position.column())) {
                reporter.at(t, p.message());
                return true;
            }
        }
        return false;
    }

    /** The name is the first string of the statement: reported there when the line has one. */
    private boolean emptyName(Problem p, SourcePosition position, int offset, int lineStart, int lineEnd) {
        int quote = text.indexOf('"', offset);
        if (quote < 0 || quote >= lineEnd) {
            return false;
        }
        int close = text.indexOf('"', quote + 1);
        int stop = close >= 0 && close < lineEnd ? close + 1 : lineEnd;
        int column = position.column() + text.codePointCount(offset, quote);
        reporter.at(quote, lineStart, position.line(), column, stop, p.message());
        return true;
    }

    /** The offending id as a whole word on the statement's line, from its position on. */
    private boolean offendingWord(Problem p, SourcePosition position, int offset, int lineStart, int lineEnd) {
        String word = p.offending().get();
        int found = text.indexOf(word, offset);
        while (found >= 0 && found + word.length() <= lineEnd) {
            boolean before = found == 0 || !isWordChar(text.charAt(found - 1));
            boolean after = found + word.length() >= text.length() || !isWordChar(text.charAt(found + word.length()));
            if (before && after) {
                int column = position.column() + text.codePointCount(offset, found);
                reporter.at(found, lineStart, position.line(), column, found + word.length(), p.message());
                return true;
            }
            found = text.indexOf(word, found + 1);
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    }
}
