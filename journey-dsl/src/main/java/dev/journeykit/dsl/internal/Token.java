package dev.journeykit.dsl.internal;

/** One token of {@code .journey} text with where it starts (offset, line, column) and ends. */
final class Token {

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
    /** The value of a number, percentage or duration (in seconds). */
    final double value;
    /** A string that ran to the end of its line without a closing quote (already reported). */
    boolean unterminated;

    Token(Kind kind, int start, int end, int line, int column, int lineStart, String text, double value) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.line = line;
        this.column = column;
        this.lineStart = lineStart;
        this.text = text;
        this.value = value;
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
