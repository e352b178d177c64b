package dev.journeykit.dsl.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each statement of a parsed text starts and on which line it ends, under the key the
 * formatter prints it with; used to attach comments to statements.
 */
final class Marks {

    private static final class Mark {
        final String key;
        final int start;
        int endLine;

        Mark(String key, int start, int line) {
            this.key = key;
            this.start = start;
            this.endLine = line;
        }
    }

    private final List<Mark> marks = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();

    void statement(String key, int start, int line) {
        marks.add(new Mark(key, start, line));
    }

    void endLine(int line) {
        if (!marks.isEmpty()) {
            marks.get(marks.size() - 1).endLine = line;
        }
    }

    /** The next index of a statement counted across the journey ({@code path}, {@code flow}, ...). */
    int count(String kind) {
        return counts.merge(kind, 1, Integer::sum) - 1;
    }

    /**
     * Attaches each comment: one after a statement on the statement's last line trails that
     * statement; any other comment leads the statement (or closing brace) that follows it.
     */
    Comments attach(List<Lexer.Comment> comments) {
        Comments out = new Comments();
        int m = 0;
        for (Lexer.Comment c : comments) {
            while (m < marks.size() && marks.get(m).start < c.offset()) {
                m++;
            }
            if (c.trailing() && m > 0 && marks.get(m - 1).endLine == c.line()) {
                out.addTrailing(marks.get(m - 1).key, c.text());
            } else if (m < marks.size()) {
                out.addLeading(marks.get(m).key, c.text());
            } else {
                out.addLeading("end", c.text());
            }
        }
        return out;
    }
}
