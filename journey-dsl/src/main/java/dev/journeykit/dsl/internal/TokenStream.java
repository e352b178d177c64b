package dev.journeykit.dsl.internal;

import dev.journeykit.dsl.internal.Token.Kind;

/**
 * The lexer's tokens with two of look-ahead, the token read last, and what the tokens read lately
 * spell: the word, string or number of each of the last {@value #KEPT} tokens is kept beside it, so
 * a statement reads the text of its own tokens without the lexer allocating a token object; an
 * older token's text is read again from the source ({@link Lexer#reread}), which a statement
 * spanning many tokens (a path) does once.
 */
final class TokenStream {

    private static final int KEPT = 16;

    private final Lexer lexer;
    private long peeked = Token.NONE;
    private long peeked2 = Token.NONE;
    private long last = Token.NONE;
    /** The last tokens lexed, newest at {@code (count - 1) % KEPT}, with their text and value. */
    private final long[] kept = new long[KEPT];
    private final String[] keptText = new String[KEPT];
    private final double[] keptValue = new double[KEPT];
    private final int[] keptWord = new int[KEPT];
    private int count;

    TokenStream(Lexer lexer) {
        this.lexer = lexer;
        java.util.Arrays.fill(kept, Token.NONE);
    }

    private long lex() {
        long t = lexer.next();
        int i = count++ & (KEPT - 1);
        kept[i] = t;
        keptText[i] = lexer.tokenText;
        keptValue[i] = lexer.tokenValue;
        keptWord[i] = lexer.tokenWord;
        return t;
    }

    long peek() {
        if (peeked == Token.NONE) {
            peeked = lex();
        }
        return peeked;
    }

    long peek2() {
        peek();
        if (peeked2 == Token.NONE) {
            peeked2 = lex();
        }
        return peeked2;
    }

    long next() {
        long t = peek();
        peeked = peeked2;
        peeked2 = Token.NONE;
        last = t;
        return t;
    }

    /** The token read last by {@link #next()}, or {@link Token#NONE} before the first. */
    long last() {
        return last;
    }

    /** Makes {@code t}, just read, the next token again (the end of the text, read while skipping). */
    void unread(long t) {
        peeked = t;
    }

    /** Skips line ends and semicolons; returns the next token. */
    long skipEnds() {
        while (Token.is(peek(), Kind.NEWLINE) || Token.is(peek(), Kind.SEMICOLON)) {
            next();
        }
        return peek();
    }

    /** The index in {@link #kept} of token {@code t}, or -1 when it was lexed too long ago. */
    private int kept(long t) {
        for (int n = 1; n <= KEPT && n <= count; n++) {
            int i = (count - n) & (KEPT - 1);
            if (kept[i] == t) {
                return i;
            }
        }
        return -1;
    }

    /** The word, the string's value, or the number's text of {@code t}. */
    String text(long t) {
        int i = kept(t);
        if (i >= 0) {
            return keptText[i];
        }
        lexer.reread(t);
        return lexer.tokenText;
    }

    /** The value of a number, percentage or duration (in seconds); 0 for other tokens. */
    double value(long t) {
        int i = kept(t);
        if (i >= 0) {
            return keptValue[i];
        }
        lexer.reread(t);
        return lexer.tokenValue;
    }

    /**
     * The number of word {@code t} among the distinct words of the text ({@link Lexer#tokenWord}),
     * or -1 for a word longer than 64 chars or a token that is no word.
     */
    int wordNumber(long t) {
        if (!Token.is(t, Kind.WORD)) {
            return -1;
        }
        int i = kept(t);
        return i >= 0 ? keptWord[i] : lexer.wordNumber(Token.start(t), Token.end(t));
    }

    /** How many distinct words the lexer has numbered so far. */
    int wordCount() {
        return lexer.wordCount();
    }

    boolean isWord(long t, String word) {
        return Token.is(t, Kind.WORD) && text(t).equals(word);
    }

    /** The token in words for messages: {@code 'faq'}, {@code end of line}, {@code string "Hi"}. */
    String describe(long t) {
        Kind kind = Token.kind(t);
        return Token.describe(kind, Token.punctuation(kind) == null ? text(t) : "");
    }
}
