package dev.journeykit.dsl.internal;

/**
 * One token of {@code .journey} text with where it starts (offset, line, column) and ends. A text
 * has a token every few characters, so the common token carries only these; a number's value and
 * an unterminated string are the two subclasses.
 */
class Token {

    enum Kind {
        WORD, STRING, NUMBER, PERCENT, DURATION, ARROW, RANGE, LBRACE, RBRACE, COMMA, SEMICOLON,
        NEWLINE, EOF,
        /** Characters that make no token; the lexer has reported them already. */
        INVALID
    }

    final Kind kind;
    /** Offset of the first char in the text. */
    final int start;
    /** Offset after the last char. */
    final int end;
    final int line;
    /** 1-based column in code points. */
    final int column;
    /** Offset of the first char of the token's line. */
    final int lineStart;
    /** The word, the string's value, or the number's text. */
    final String text;

    Token(Kind kind, int start, int end, int line, int column, int lineStart, String text) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.line = line;
        this.column = column;
        this.lineStart = lineStart;
        this.text = text;
    }

    /** The value of a number, percentage or duration (in seconds); 0 for other tokens. */
    double value() {
        return 0;
    }

    /** Whether this is a string that ran to the end of its line without a closing quote (already reported). */
    boolean unterminated() {
        return false;
    }

    /** A number, percentage or duration with its value. */
    static final class Numeric extends Token {
        private final double value;

        Numeric(Kind kind, int start, int end, int line, int column, int lineStart, String text, double value) {
            super(kind, start, end, line, column, lineStart, text);
            this.value = value;
        }

        @Override
        double value() {
            return value;
        }
    }

    /** A string without its closing quote. */
    static final class Unterminated extends Token {
        Unterminated(int start, int end, int line, int column, int lineStart, String text) {
            super(Kind.STRING, start, end, line, column, lineStart, text);
        }

        @Override
        boolean unterminated() {
            return true;
        }
    }

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isWord(String word) {
        return kind == Kind.WORD && text.equals(word);
    }

    /** Whether the token ends a statement: a line end, {@code ;}, {@code }} or the end of the text. */
    boolean endsStatement() {
        return kind == Kind.NEWLINE || kind == Kind.SEMICOLON || kind == Kind.RBRACE || kind == Kind.EOF;
    }

    /** The token in words for messages: {@code 'faq'}, {@code end of line}, {@code string "Hi"}. */
    String describe() {
        return switch (kind) {
            case WORD -> "'" + Words.cut(text) + "'";
            case STRING -> "string \"" + Words.cut(text) + "\"";
            case NUMBER -> "number " + Words.cut(text);
            case PERCENT -> "percentage " + Words.cut(text);
            case DURATION -> "duration " + Words.cut(text);
            case ARROW -> "'->'";
            case RANGE -> "'..'";
            case LBRACE -> "'{'";
            case RBRACE -> "'}'";
            case COMMA -> "','";
            case SEMICOLON -> "';'";
            case NEWLINE -> "end of line";
            case EOF -> "end of file";
            case INVALID -> "invalid characters";
        };
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + line + ":" + column;
    }
}
