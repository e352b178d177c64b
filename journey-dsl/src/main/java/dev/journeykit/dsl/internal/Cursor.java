package dev.journeykit.dsl.internal;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Keyworded;
import dev.journeykit.core.model.SourcePosition;
import dev.journeykit.dsl.internal.Recovery.Open;
import dev.journeykit.dsl.internal.Token.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parser's reading position and what every statement reads with it: look-ahead, the words,
 * ids, strings and numbers a statement expects (each missing one reported at the token found
 * instead), the end of a statement, blocks up to their '}', and the marks that attach comments
 * to statements when the formatter keeps them. The statements themselves live in {@link Parser},
 * {@link PathStatements} and {@link MetricStatement}.
 */
class Cursor {

    final Lexer lexer;
    final Reporter reporter;
    final TokenStream tokens;
    final Recovery recovery;
    final Resolver resolver;
    /** Where statements start and end, to attach comments; null when comments are not kept. */
    final Marks marks;

    Cursor(String sourceName, String text, boolean keepComments) {
        this.reporter = new Reporter(sourceName, text);
        this.lexer = new Lexer(text, reporter, keepComments);
        this.tokens = new TokenStream(lexer);
        this.resolver = new Resolver(reporter);
        this.recovery = new Recovery(tokens, reporter, resolver);
        this.marks = keepComments ? new Marks() : null;
    }

    Token peek() {
        return tokens.peek();
    }

    Token peek2() {
        return tokens.peek2();
    }

    Token next() {
        return tokens.next();
    }

    Token skipEnds() {
        return tokens.skipEnds();
    }

    /** Reports a syntax error at {@code at} ({@link Recovery#fail}); throw what it returns to end the statement. */
    RuntimeException fail(Token at, String message) {
        return recovery.fail(at, message);
    }

    void recover() {
        recovery.recover();
    }

    void recoverHeader() {
        recovery.recoverHeader();
    }

    /** The statement must end here: a line end or ';' (consumed), a '}' or the end of the text. */
    void end(String statement) {
        Token t = peek();
        if (t.kind == Kind.NEWLINE || t.kind == Kind.SEMICOLON) {
            next();
        } else if (t.kind != Kind.RBRACE && t.kind != Kind.EOF) {
            throw fail(t, "expected end of line or ';' after the " + statement + " statement, found " + t.describe());
        }
    }

    Token word(String expected) {
        Token t = peek();
        if (t.kind != Kind.WORD) {
            throw fail(t, "expected " + expected + ", found " + t.describe()
                    + (t.kind == Kind.STRING ? " (ids and keywords are written without quotes)" : ""));
        }
        return next();
    }

    /** An id; a badly spelled one is reported and kept, so the parse goes on. */
    Token id(String role) {
        Token t = peek();
        if (t.kind != Kind.WORD) {
            word("a " + role + " id"); // reports what was found instead
        }
        next();
        checkId(t, role);
        return t;
    }

    void checkId(Token t, String role) {
        if (!JourneyMap.isValidId(t.text)) {
            String lower = t.text.toLowerCase(java.util.Locale.ROOT);
            reporter.at(t, "invalid " + role + " id '" + Words.cut(t.text) + "': ids are lower-case letters and digits"
                    + " in words joined by '-' or '_', like 'live-chat'"
                    + (JourneyMap.isValidId(lower) ? " (did you mean '" + lower + "'?)" : ""));
        }
    }

    Token string(String role) {
        return string("", role, "");
    }

    /** A string; the message of a missing one names {@code before + role + after}, joined only then. */
    Token string(String before, String role, String after) {
        Token t = peek();
        if (t.kind != Kind.STRING) {
            throw fail(t, "expected " + before + role + after + " in double quotes, found " + t.describe());
        }
        return next();
    }

    /** One of {@code words}; the message lists them and suggests the nearest. */
    Token oneOf(List<String> words) {
        Token t = peek();
        if (t.kind == Kind.WORD && words.contains(t.text)) {
            return next();
        }
        throw fail(t, expected(words, t));
    }

    static String expected(List<String> words, Token found) {
        String head = words.size() == 1 ? "expected " + words.get(0) : "expected one of: " + Words.list(words);
        return head + ", found " + found.describe()
                + (found.kind == Kind.WORD ? Words.didYouMean(found.text, unquoted(words)) : "");
    }

    static List<String> unquoted(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            if (!w.startsWith("'")) {
                out.add(w);
            }
        }
        return out;
    }

    static <E extends Enum<E> & Keyworded> List<String> keywords(Class<E> type) {
        return Keyworded.keywords(type);
    }

    <E extends Enum<E> & Keyworded> E keyword(Class<E> type) {
        return Keyworded.byKeyword(type, oneOf(Keyworded.keywords(type)).text);
    }

    long whole(Token t, String what, boolean negativeAllowed) {
        if (t.kind != Kind.NUMBER || t.text.contains(".")) {
            throw fail(t, "expected " + what + ", found " + t.describe());
        }
        if (!negativeAllowed && t.text.startsWith("-")) {
            throw fail(t, "expected " + what + ", found " + t.describe());
        }
        String digits = t.text.startsWith("-") ? t.text.substring(1) : t.text;
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        if (digits.length() - i > 19) {
            throw fail(t, "number " + Words.cut(t.text) + " is too large for " + what);
        }
        try { // up to Long.MAX_VALUE, the model's range (a JSON map may hold any of it)
            return Long.parseLong(t.text);
        } catch (NumberFormatException e) {
            throw fail(t, "number " + Words.cut(t.text) + " is too large for " + what);
        }
    }

    int wholeInt(Token t, String what) {
        long v = whole(t, what, true);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw fail(t, "number " + t.text + " is too large for " + what);
        }
        return (int) v;
    }

    SourcePosition at(Token t) {
        return reporter.position(t);
    }

    // ---------------------------------------------------------------- declarations and marks

    void declare(Token id, String kind) {
        resolver.declare(id, kind);
    }

    void reference(Token id, Refs.Kind kind) {
        resolver.reference(id, kind);
    }

    void mark(String key, Token start) {
        if (marks != null) {
            marks.statement(key, start.start, start.line);
        }
    }

    /** {@link #mark(String, Token)} with the key {@code prefix + suffix}, joined only when comments are kept. */
    void mark(String prefix, String suffix, Token start) {
        if (marks != null) {
            marks.statement(prefix + suffix, start.start, start.line);
        }
    }

    /** The statement marked last ends on the line of the token read last. */
    void markEnd() {
        Token last = tokens.last();
        if (marks != null && last != null) {
            marks.endLine(last.line);
        }
    }

    String counted(Map<String, Integer> counters, String prefix, String kind) {
        if (marks == null) {
            return "";
        }
        int n = counters.merge(kind, 1, Integer::sum) - 1;
        return prefix + "/" + kind + "#" + n;
    }

    boolean once(Seen seen, Token keyword, String owner) {
        Token earlier = seen.putIfAbsent(keyword);
        if (earlier != null) {
            reporter.at(keyword, "duplicate '" + keyword.text + "': " + owner + " has one already, at line " + earlier.line);
            return false;
        }
        return true;
    }

    /**
     * The statements of one block that may be written once, by keyword: a block holds a few, so a
     * short array searched in order, made on the first one.
     */
    static final class Seen {
        private Token[] tokens = NO_TOKENS;
        private int size;

        /** The token of the earlier statement with the keyword of {@code keyword}, or null after adding it. */
        Token putIfAbsent(Token keyword) {
            for (int i = 0; i < size; i++) {
                if (tokens[i].text.equals(keyword.text)) {
                    return tokens[i];
                }
            }
            if (size == tokens.length) {
                tokens = Arrays.copyOf(tokens, Math.max(2, size * 2));
            }
            tokens[size++] = keyword;
            return null;
        }
    }

    static final Token[] NO_TOKENS = new Token[0];

    // ---------------------------------------------------------------- blocks

    interface Statement {
        void parse(Token first);
    }

    /**
     * Reads statements up to the block's '}'. A word that only starts a statement of an enclosing
     * block closes the block with an error naming where it opened (a forgotten '}').
     */
    void block(Open open, String prefix, Set<String> outerWords, boolean pathBlock, Statement statement) {
        recovery.enter(open);
        try {
            statements(open, prefix, outerWords, pathBlock, statement);
        } finally {
            recovery.leave();
        }
    }

    void statements(Open open, String prefix, Set<String> outerWords, boolean pathBlock,
                            Statement statement) {
        while (!reporter.full()) {
            Token t = skipEnds();
            if (t.kind == Kind.RBRACE) {
                mark(prefix, "}", t);
                next();
                markEnd();
                return;
            }
            if (t.kind == Kind.EOF) {
                recovery.unclosedAtEnd(open, t);
                return;
            }
            if (t.kind == Kind.WORD && outerWords.contains(t.text)
                    && (!pathBlock || (peek2().kind != Kind.ARROW && !peek2().endsStatement()))) {
                recovery.closedBy(open, t);
                return;
            }
            if (t.kind == Kind.LBRACE) {
                recovery.strayBrace(t);
                continue;
            }
            try {
                statement.parse(t);
            } catch (Syntax e) {
                recover();
            }
        }
    }

    boolean swallowedBrace() {
        return recovery.swallowedBrace();
    }

    /** After a block statement's header: a '{' on the same line opens its block. */
    boolean opensBlock() {
        return opensBlock(null, null);
    }

    /**
     * {@link #opensBlock()} for the block {@code what} (like "the block of stage") of {@code name};
     * a '{' alone on the next line is then one error that says which line it belongs at, and the
     * block is read as written.
     */
    boolean opensBlock(String what, String name) {
        if (what != null && peek().kind == Kind.NEWLINE && peek2().kind == Kind.LBRACE) {
            Token last = tokens.last();
            reporter.at(peek2(), "put the '{' that opens " + new Open(what, name, true, 0).what()
                    + " at the end of line " + (last == null ? peek().line : last.line)
                    + ": an opening brace stays on the line of its statement");
            next();
        }
        Token t = peek();
        if (t.kind == Kind.LBRACE || swallowedBrace()) {
            if (t.kind == Kind.LBRACE) {
                next();
            }
            markEnd();
            return true;
        }
        markEnd();
        return false;
    }

    boolean forgottenBrace(List<String> blockWords, String what, String name) {
        return recovery.forgottenBrace(blockWords, what, name);
    }

    void unknown(Token t, List<String> words, String hint) {
        if (t.kind == Kind.WORD) {
            resolver.unreadDeclaration(t, tokens);
            throw fail(t, expected(words, t) + hint);
        }
        throw fail(t, "expected one of: " + Words.list(words) + ", found " + t.describe());
    }

    boolean comma() {
        if (peek().kind == Kind.COMMA) {
            next();
            while (peek().kind == Kind.NEWLINE) {
                next();
            }
            return true;
        }
        return false;
    }

    void checkName(Token name, String kind, Token id) {
        if (name.text.isBlank()) {
            reporter.at(name, kind + " '" + id.text + "' has an empty name");
        }
    }

    void skipNewlines() {
        while (peek().kind == Kind.NEWLINE) {
            next();
        }
    }
}
