package dev.journeykit.dsl.internal;

import dev.journeykit.core.model.SourcePosition;
import dev.journeykit.dsl.Diagnostic;
import dev.journeykit.dsl.JourneyDslException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place that raises errors: collects problems with their text offsets, keeps at most
 * one per spot, and turns them into sorted {@link Diagnostic}s with a caret excerpt of the line.
 */
final class Reporter {

    /** Keep collecting a little past the limit so that sorting still finds the earliest ones. */
    private static final int COLLECT = 4 * JourneyDslException.LIMIT;
    private static final int BEFORE = 60;
    private static final int AFTER = 80;

    private record Problem(int offset, int lineStart, int line, int column, int end, String message) {
    }

    private final String file;
    private final String text;
    /** Where the text's lines start, for the line and column of a token. */
    private final Lines lines;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<Integer> offsets = new HashSet<>();

    Reporter(String file, String text, Lines lines) {
        this.file = file;
        this.text = text;
        this.lines = lines;
    }

    String file() {
        return file;
    }

    /** Reports a problem at a token, underlining the whole token. */
    void at(long token, String message) {
        span(token, token, message);
    }

    /** Reports a problem underlining from token {@code from} to the end of token {@code to}. */
    void span(long from, long to, String message) {
        if (full()) {
            return;
        }
        int start = Token.start(from);
        at(start, lines.lineStart(start), lines.line(start), lines.column(start),
                Math.max(Token.end(from), Token.end(to)), message);
    }

    void at(int offset, int lineStart, int line, int column, int end, String message) {
        if (problems.size() < COLLECT && offsets.add(offset)) {
            problems.add(new Problem(offset, lineStart, line, column, end, message));
        }
    }

    int count() {
        return problems.size();
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Whether so many problems were found that parsing on is pointless. */
    boolean full() {
        return problems.size() >= COLLECT;
    }

    /** The line and column of token {@code token}. */
    SourcePosition position(long token) {
        int start = Token.start(token);
        return new SourcePosition(file, lines.line(start), lines.column(start));
    }

    /** The 1-based line of token {@code token}. */
    int line(long token) {
        return lines.line(Token.start(token));
    }

    /** Throws the problems found, if any, sorted by position. */
    void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(Problem::offset));
        int limit = Math.min(sorted.size(), JourneyDslException.LIMIT);
        List<Diagnostic> diagnostics = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            diagnostics.add(diagnostic(sorted.get(i)));
        }
        throw new JourneyDslException(diagnostics, sorted.size() > limit);
    }

    private Diagnostic diagnostic(Problem p) {
        int offset = Math.min(p.offset, text.length());
        // the line's end, looking no further than the excerpt shows: the span (up to AFTER chars) and AFTER more
        int shownSpan = Math.min(Math.max(0, p.end - offset), AFTER);
        int limit = (int) Math.min((long) text.length(), (long) offset + shownSpan + AFTER);
        int lineEnd = offset;
        while (lineEnd < limit && text.charAt(lineEnd) != '\n') {
            lineEnd++;
        }
        boolean atLineEnd = lineEnd == text.length() || text.charAt(lineEnd) == '\n'
                || (text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n');
        boolean cutEnd = !atLineEnd;
        if (!cutEnd && lineEnd > p.lineStart && text.charAt(lineEnd - 1) == '\r') {
            lineEnd--;
        }
        int start = p.lineStart;
        boolean cutStart = false;
        if (offset - start > BEFORE + 20) {
            start = offset - BEFORE;
            if (Character.isLowSurrogate(text.charAt(start))) {
                start--;
            }
            cutStart = true;
        }
        int end = lineEnd;
        if (cutEnd && end > start && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        StringBuilder line = new StringBuilder(end - start + 8);
        if (cutStart) {
            line.append("...");
        }
        int sourceColumn = line.length() + 1;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (i < offset) {
                sourceColumn++;
            }
            if (cp == '\t') {
                line.append('\t');
            } else if (Character.isISOControl(cp)) {
                line.append('?');
            } else {
                line.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        if (cutEnd) {
            line.append("...");
        }
        int spanEnd = Math.min(p.end, end);
        int length = spanEnd > offset ? text.codePointCount(offset, spanEnd) : 1;
        SourcePosition position = new SourcePosition(file, p.line, p.column);
        return new Diagnostic(position, Math.max(1, length), p.message, line.toString(), sourceColumn);
    }
}
