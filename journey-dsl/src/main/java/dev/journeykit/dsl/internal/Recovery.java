package dev.journeykit.dsl.internal;

import dev.journeykit.dsl.internal.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * How the parser goes on after an error: the one place that raises syntax errors ({@link #fail}),
 * skipping to the next statement end or past a braced block (counting depth, never recursing),
 * and the messages about blocks left open, which name every block still open around the error.
 */
final class Recovery {

    /**
     * An open block, described in words only when a message needs it: {@code prefix} alone
     * ({@code the journey block}) or followed by the quoted name ({@code the block of stage 'x'}),
     * cut to a readable length when {@code cut}.
     */
    record Open(String prefix, String name, boolean cut, int line) {
        String what() {
            return name == null ? prefix : prefix + " '" + (cut ? Words.cut(name) : name) + "'";
        }

        @Override
        public String toString() {
            return what() + " opened at line " + line;
        }
    }

    private final TokenStream tokens;
    private final Reporter reporter;
    private final Resolver resolver;
    /** The blocks open around the statement being read, outermost first, for messages. */
    private final List<Open> openBlocks = new ArrayList<>();

    Recovery(TokenStream tokens, Reporter reporter, Resolver resolver) {
        this.tokens = tokens;
        this.reporter = reporter;
        this.resolver = resolver;
    }

    /**
     * Reports a syntax error at {@code at} and returns the exception that ends the statement. Not
     * reported, because an earlier problem explains them: invalid characters (the lexer named
     * them), and the end of a line right after a string that ran to it without its closing quote
     * (what was expected after the string is inside it).
     */
    RuntimeException fail(long at, String message) {
        long last = tokens.last();
        boolean afterUnterminated = (Token.is(at, Kind.NEWLINE) || Token.is(at, Kind.EOF))
                && last != Token.NONE && Token.unterminated(last) && reporter.line(last) == reporter.line(at);
        if (!Token.is(at, Kind.INVALID) && !afterUnterminated) {
            reporter.at(at, message);
        }
        return Syntax.INSTANCE;
    }

    /** After an error: skips to the next statement end, past any braced block, never past a '}'. */
    void recover() {
        while (true) {
            long t = tokens.peek();
            switch (Token.kind(t)) {
                case NEWLINE, SEMICOLON -> {
                    tokens.next();
                    return;
                }
                case RBRACE, EOF -> {
                    return;
                }
                case LBRACE -> skipBlock();
                default -> tokens.next();
            }
        }
    }

    /** Skips a braced block and everything in it, counting depth: no recursion. */
    void skipBlock() {
        long open = tokens.next();
        long depth = 1;
        long previous = open;
        while (depth > 0) {
            long t = tokens.next();
            resolver.skippedDeclaration(previous, t); // declared in a block never read: its uses are no errors again
            previous = t;
            if (Token.is(t, Kind.LBRACE)) {
                depth++;
            } else if (Token.is(t, Kind.RBRACE)) {
                depth--;
            } else if (Token.is(t, Kind.EOF)) {
                reporter.at(t, "expected '}' to close the block opened at line " + reporter.line(open) + ", found end of file"
                        + enclosingOpenBlocks(0));
                tokens.unread(t);
                return;
            }
        }
    }

    /** Skips the rest of a statement's header up to its '{' (kept) or its end. */
    void recoverHeader() {
        while (true) {
            long t = tokens.peek();
            switch (Token.kind(t)) {
                case NEWLINE, SEMICOLON, RBRACE, EOF, LBRACE -> {
                    return;
                }
                default -> tokens.next();
            }
        }
    }

    /** Notes that the statements of {@code open} are read now, until {@link #leave()}. */
    void enter(Open open) {
        openBlocks.add(open);
    }

    void leave() {
        openBlocks.remove(openBlocks.size() - 1);
    }

    /** The text ended inside {@code open}: reported at {@code eof}, with the blocks around it. */
    void unclosedAtEnd(Open open, long eof) {
        reporter.at(eof, "expected '}' to close " + open.what() + " opened at line " + open.line + ", found end of file"
                + enclosingOpenBlocks(1));
    }

    /** A word that only starts a statement of an enclosing block closes {@code open}: a forgotten '}'. */
    void closedBy(Open open, long word) {
        reporter.at(word, "expected '}' to close " + open.what() + " opened at line " + open.line
                + ", found '" + tokens.text(word) + "'");
    }

    /** A '{' where a statement should start: reported, and its block skipped. */
    void strayBrace(long brace) {
        reporter.at(brace, "unexpected '{' (an opening brace stays on the line of its statement)");
        skipBlock();
    }

    /** Whether the last token is an unterminated string whose text ends with the block's '{'. */
    boolean swallowedBrace() {
        long last = tokens.last();
        return last != Token.NONE && Token.unterminated(last) && tokens.text(last).stripTrailing().endsWith("{")
                && Token.endsStatement(tokens.peek());
    }

    /** {@code "; the journey block opened at line 1 is not closed either"}, or the empty string. */
    private String enclosingOpenBlocks(int innermostToSkip) {
        if (openBlocks.size() <= innermostToSkip) {
            return "";
        }
        List<String> outer = new ArrayList<>();
        for (int i = openBlocks.size() - innermostToSkip - 1; i >= 0; i--) {
            outer.add(openBlocks.get(i).toString());
        }
        return "; " + String.join(" and ", outer) + (outer.size() == 1 ? " is" : " are") + " not closed either";
    }

    /**
     * Whether a block statement's header ended its line without the '{' while the next line starts
     * with a statement that only its block holds: the '{' was forgotten. Reported once at the end
     * of the header; the lines that follow are then read as the block, so they are not errors too.
     */
    boolean forgottenBrace(List<String> blockWords, String what, String name) {
        long end = tokens.peek();
        if (!Token.is(end, Kind.NEWLINE) || !Token.is(tokens.peek2(), Kind.WORD) || !blockWords.contains(tokens.text(tokens.peek2()))) {
            return false;
        }
        reporter.at(end, "expected '{' to open " + new Open(what, name, false, reporter.line(end)).what()
                + " on the line of its statement, found end of line (its statements follow on the next lines)");
        return true;
    }
}
