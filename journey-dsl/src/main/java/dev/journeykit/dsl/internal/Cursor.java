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

    /** The text read. */
    final String text;
    final Lexer lexer;
    /** Where the text's lines start, filled as the lexer reads. */
    final Lines lines;
    final Reporter reporter;
    final TokenStream tokens;
    final Recovery recovery;
    final Resolver resolver;
    /** Where statements start and end, to attach comments; null when comments are not kept. */
    final Marks marks;

    Cursor(String sourceName, String text, boolean keepComments) {
        this.text = text;
        this.lines = new Lines(text);
        this.reporter = new Reporter(sourceName, text, lines);
        this.lexer = new Lexer(text, reporter, lines, keepComments);
        this.tokens = new TokenStream(lexer);
        this.resolver = new Resolver(reporter, tokens);
        this.recovery = new Recovery(tokens, reporter, resolver);
        this.marks = keepComments ? new Marks() : null;
    }

    long peek() {
        return tokens.peek();
    }

    long peek2() {
        return tokens.peek2();
    }

    long next() {
        return tokens.next();
    }

    long skipEnds() {
        return tokens.skipEnds();
    }

    // ---------------------------------------------------------------- what a token is (see Token)

    static Kind kind(long t) {
        return Token.kind(t);
    }

    static boolean endsStatement(long t) {
        return Token.endsStatement(t);
    }

    /** The word, the string's value, or the number's text of {@code t}. */
    String text(long t) {
        return tokens.text(t);
    }

    /** The value of a number, percentage or duration (in seconds); 0 for other tokens. */
    double value(long t) {
        return tokens.value(t);
    }

    boolean isWord(long t, String word) {
        return tokens.isWord(t, word);
    }

    /** The token in words for messages. */
    String describe(long t) {
        return tokens.describe(t);
    }

    /** The 1-based line of {@code t}. */
    int line(long t) {
        return reporter.line(t);
    }

    /** Reports a syntax error at {@code at} ({@link Recovery#fail}); throw what it returns to end the statement. */
    RuntimeException fail(long at, String message) {
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
        long t = peek();
        Kind k = kind(t);
        if (k == Kind.NEWLINE || k == Kind.SEMICOLON) {
            next();
        } else if (k != Kind.RBRACE && k != Kind.EOF) {
            throw fail(t, "expected end of line or ';' after the " + statement + " statement, found " + describe(t));
        }
    }

    long word(String expected) {
        long t = peek();
        if (!Token.is(t, Kind.WORD)) {
            throw fail(t, "expected " + expected + ", found " + describe(t)
                    + (Token.is(t, Kind.STRING) ? " (ids and keywords are written without quotes)" : ""));
        }
        return next();
    }

    /** An id; a badly spelled one is reported and kept, so the parse goes on. */
    long id(String role) {
        long t = peek();
        if (!Token.is(t, Kind.WORD)) {
            word("a " + role + " id"); // reports what was found instead
        }
        next();
        checkId(t, role);
        return t;
    }

    void checkId(long t, String role) {
        String id = text(t);
        if (!JourneyMap.isValidId(id)) {
            String lower = id.toLowerCase(java.util.Locale.ROOT);
            reporter.at(t, "invalid " + role + " id '" + Words.cut(id) + "': ids are lower-case letters and digits"
                    + " in words joined by '-' or '_', like 'live-chat'"
                    + (JourneyMap.isValidId(lower) ? " (did you mean '" + lower + "'?)" : ""));
        }
    }

    long string(String role) {
        return string("", role, "");
    }

    /** A string; the message of a missing one names {@code before + role + after}, joined only then. */
    long string(String before, String role, String after) {
        long t = peek();
        if (!Token.is(t, Kind.STRING)) {
            throw fail(t, "expected " + before + role + after + " in double quotes, found " + describe(t));
        }
        return next();
    }

    /** One of {@code words}; the message lists them and suggests the nearest. */
    long oneOf(List<String> words) {
        long t = peek();
        if (Token.is(t, Kind.WORD) && words.contains(text(t))) {
            return next();
        }
        throw fail(t, expected(words, t));
    }

    String expected(List<String> words, long found) {
        String head = words.size() == 1 ? "expected " + words.get(0) : "expected one of: " + Words.list(words);
        return head + ", found " + describe(found)
                + (Token.is(found, Kind.WORD) ? Words.didYouMean(text(found), unquoted(words)) : "");
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
        return Keyworded.byKeyword(type, text(oneOf(Keyworded.keywords(type))));
    }

    long whole(long t, String what, boolean negativeAllowed) {
        String number = text(t);
        if (!Token.is(t, Kind.NUMBER) || number.contains(".")) {
            throw fail(t, "expected " + what + ", found " + describe(t));
        }
        if (!negativeAllowed && number.startsWith("-")) {
            throw fail(t, "expected " + what + ", found " + describe(t));
        }
        String digits = number.startsWith("-") ? number.substring(1) : number;
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        if (digits.length() - i > 19) {
            throw fail(t, "number " + Words.cut(number) + " is too large for " + what);
        }
        try { // up to Long.MAX_VALUE, the model's range (a JSON map may hold any of it)
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw fail(t, "number " + Words.cut(number) + " is too large for " + what);
        }
    }

    int wholeInt(long t, String what) {
        long v = whole(t, what, true);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw fail(t, "number " + text(t) + " is too large for " + what);
        }
        return (int) v;
    }

    SourcePosition at(long t) {
        return reporter.position(t);
    }

    // ---------------------------------------------------------------- declarations and marks

    void declare(long id, String kind) {
        resolver.declare(id, kind);
    }

    void reference(long id, Refs.Kind kind) {
        resolver.reference(id, kind);
    }

    void mark(String key, long start) {
        if (marks != null) {
            marks.statement(key, Token.start(start), line(start));
        }
    }

    /** {@link #mark(String, long)} with the key {@code prefix + suffix}, joined only when comments are kept. */
    void mark(String prefix, String suffix, long start) {
        if (marks != null) {
            marks.statement(prefix + suffix, Token.start(start), line(start));
        }
    }

    /** The statement marked last ends on the line of the token read last. */
    void markEnd() {
        long last = tokens.last();
        if (marks != null && last != Token.NONE) {
            marks.endLine(line(last));
        }
    }

    String counted(Map<String, Integer> counters, String prefix, String kind) {
        if (marks == null) {
            return "";
        }
        int n = counters.merge(kind, 1, Integer::sum) - 1;
        return prefix + "/" + kind + "#" + n;
    }

    boolean once(Seen seen, long keyword, String owner) {
        long earlier = seen.putIfAbsent(keyword, text);
        if (earlier != Token.NONE) {
            reporter.at(keyword, "duplicate '" + text(keyword) + "': " + owner + " has one already, at line " + line(earlier));
            return false;
        }
        return true;
    }

    /**
     * The statements of one block that may be written once, by keyword: a block holds a few, so a
     * short array searched in order, made on the first one.
     */
    static final class Seen {
        /** The first two tokens in fields (a block has one or two such statements), the rest in an array. */
        private long first = Token.NONE;
        private long second = Token.NONE;
        private long[] more;
        private int size;

        /**
         * The token of the earlier statement with the keyword of {@code keyword}, or {@link Token#NONE}
         * after adding it. The words are compared in the {@code text} read: the earlier token is
         * older than the tokens whose text is kept.
         */
        long putIfAbsent(long keyword, String text) {
            for (int i = 0; i < size; i++) {
                long earlier = i == 0 ? first : i == 1 ? second : more[i - 2];
                if (sameWord(text, earlier, keyword)) {
                    return earlier;
                }
            }
            if (size == 0) {
                first = keyword;
            } else if (size == 1) {
                second = keyword;
            } else {
                if (more == null || size - 2 == more.length) {
                    more = Arrays.copyOf(more == null ? new long[0] : more, Math.max(2, (size - 2) * 2));
                }
                more[size - 2] = keyword;
            }
            size++;
            return Token.NONE;
        }

        private static boolean sameWord(String text, long a, long b) {
            int length = Token.end(a) - Token.start(a);
            return Token.end(b) - Token.start(b) == length && text.regionMatches(Token.start(a), text, Token.start(b), length);
        }
    }

    // ---------------------------------------------------------------- blocks

    interface Statement {
        void parse(long first);
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
            long t = skipEnds();
            Kind k = kind(t);
            if (k == Kind.RBRACE) {
                mark(prefix, "}", t);
                next();
                markEnd();
                return;
            }
            if (k == Kind.EOF) {
                recovery.unclosedAtEnd(open, t);
                return;
            }
            if (k == Kind.WORD && outerWords.contains(text(t))
                    && (!pathBlock || (!Token.is(peek2(), Kind.ARROW) && !endsStatement(peek2())))) {
                recovery.closedBy(open, t);
                return;
            }
            if (k == Kind.LBRACE) {
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
        if (what != null && Token.is(peek(), Kind.NEWLINE) && Token.is(peek2(), Kind.LBRACE)) {
            long last = tokens.last();
            reporter.at(peek2(), "put the '{' that opens " + new Open(what, name, true, 0).what()
                    + " at the end of line " + line(last == Token.NONE ? peek() : last)
                    + ": an opening brace stays on the line of its statement");
            next();
        }
        long t = peek();
        if (Token.is(t, Kind.LBRACE) || swallowedBrace()) {
            if (Token.is(t, Kind.LBRACE)) {
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

    void unknown(long t, List<String> words, String hint) {
        if (Token.is(t, Kind.WORD)) {
            resolver.unreadDeclaration(t);
            throw fail(t, expected(words, t) + hint);
        }
        throw fail(t, "expected one of: " + Words.list(words) + ", found " + describe(t));
    }

    boolean comma() {
        if (Token.is(peek(), Kind.COMMA)) {
            next();
            while (Token.is(peek(), Kind.NEWLINE)) {
                next();
            }
            return true;
        }
        return false;
    }

    void checkName(long name, String kind, long id) {
        if (text(name).isBlank()) {
            reporter.at(name, kind + " '" + text(id) + "' has an empty name");
        }
    }

    void skipNewlines() {
        while (Token.is(peek(), Kind.NEWLINE)) {
            next();
        }
    }
}
