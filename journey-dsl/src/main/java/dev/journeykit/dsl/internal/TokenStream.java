package dev.journeykit.dsl.internal;

import dev.journeykit.dsl.internal.Token.Kind;

/** The lexer's tokens with two of look-ahead, and the token read last. */
final class TokenStream {

    private final Lexer lexer;
    private Token peeked;
    private Token peeked2;
    private Token last;

    TokenStream(Lexer lexer) {
        this.lexer = lexer;
    }

    Token peek() {
        if (peeked == null) {
            peeked = lexer.next();
        }
        return peeked;
    }

    Token peek2() {
        peek();
        if (peeked2 == null) {
            peeked2 = lexer.next();
        }
        return peeked2;
    }

    Token next() {
        Token t = peek();
        peeked = peeked2;
        peeked2 = null;
        last = t;
        return t;
    }

    /** The token read last by {@link #next()}, or null before the first. */
    Token last() {
        return last;
    }

    /** Makes {@code t}, just read, the next token again (the end of the text, read while skipping). */
    void unread(Token t) {
        peeked = t;
    }

    /** Skips line ends and semicolons; returns the next token. */
    Token skipEnds() {
        while (peek().kind == Kind.NEWLINE || peek().kind == Kind.SEMICOLON) {
            next();
        }
        return peek();
    }
}
