package dev.journeykit.dsl.internal;

/**
 * A token of {@code .journey} text as one {@code long}, not an object: its kind, whether it is a
 * string without its closing quote, its start offset and its length. A text has a token every few
 * characters and the parser keeps only some of them, so no token is allocated: the word, string or
 * number a token spells is kept by the {@link TokenStream} for the tokens read last (and read
 * again from the text for an older one), and its line and column come from the {@link Lines}
 * table only when a position is kept.
 *
 * <p>Bits 0-3 hold the kind, bit 4 the unterminated flag, bits 5-35 the start (any offset of a
 * String) and bits 36-63 the length, which saturates at 2^28 - 1 characters: a token's end only
 * bounds the span a diagnostic underlines, and the excerpt shows at most 80 characters of it.
 */
final class Token {

    enum Kind {
        WORD, STRING, NUMBER, PERCENT, DURATION, ARROW, RANGE, LBRACE, RBRACE, COMMA, SEMICOLON,
        NEWLINE, EOF,
        /** Characters that make no token; the lexer has reported them already. */
        INVALID
    }

    private static final Kind[] KINDS = Kind.values();
    private static final long MAX_LENGTH = (1L << 28) - 1;

    /** No token (none read yet). */
    static final long NONE = -1L;

    private Token() {
    }

    static long of(Kind kind, int start, int end, boolean unterminated) {
        long length = Math.min(end - start, MAX_LENGTH);
        return kind.ordinal() | (unterminated ? 16L : 0L) | ((long) start << 5) | (length << 36);
    }

    static Kind kind(long t) {
        return KINDS[(int) (t & 15)];
    }

    /** Offset of the first char in the text. */
    static int start(long t) {
        return (int) ((t >>> 5) & 0x7fff_ffffL);
    }

    /** Offset after the last char (at most 2^28 - 1 characters after the start). */
    static int end(long t) {
        return start(t) + (int) (t >>> 36);
    }

    /** Whether this is a string that ran to the end of its line without a closing quote (already reported). */
    static boolean unterminated(long t) {
        return (t & 16) != 0;
    }

    static boolean is(long t, Kind k) {
        return (t & 15) == k.ordinal();
    }

    /** Whether the token ends a statement: a line end, {@code ;}, {@code }} or the end of the text. */
    static boolean endsStatement(long t) {
        Kind k = kind(t);
        return k == Kind.NEWLINE || k == Kind.SEMICOLON || k == Kind.RBRACE || k == Kind.EOF;
    }

    /** A token of {@code kind} with {@code text} in words for messages: {@code 'faq'}, {@code end of line}, {@code string "Hi"}. */
    static String describe(Kind kind, String text) {
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

    /** The fixed text of a punctuation token, or null for a token whose text is read from the source. */
    static String punctuation(Kind kind) {
        return switch (kind) {
            case ARROW -> "->";
            case RANGE -> "..";
            case LBRACE -> "{";
            case RBRACE -> "}";
            case COMMA -> ",";
            case SEMICOLON -> ";";
            case NEWLINE -> "\n";
            case EOF -> "";
            default -> null;
        };
    }
}
