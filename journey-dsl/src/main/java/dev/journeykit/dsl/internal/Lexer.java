package dev.journeykit.dsl.internal;

import dev.journeykit.dsl.internal.Token.Kind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts {@code .journey} text into tokens on demand, one pass, no backtracking: time linear in the
 * text. A token is a {@code long} ({@link Token}); the word, string or number it spells is left in
 * {@link #tokenText} and {@link #tokenValue} until the next one, and each line start goes into the
 * {@link Lines} table. Reports bad characters, strings and numbers itself (through the
 * {@link Reporter}) and goes on. Columns count Unicode code points. Comments are kept aside for
 * the formatter.
 */
final class Lexer {

    /** A comment: its text (from {@code #} or {@code //}, trailing blanks dropped) and where it is. */
    record Comment(int offset, int line, String text, boolean trailing) {
    }

    private final String text;
    /**
     * The text's chars as bytes, one a char, which the lexer reads instead of the {@code String}
     * (an array read is a fraction of a {@code charAt} where the JIT is C1 only, as the launcher
     * runs it): a char above U+00FF is {@code '?'} here, which, like every char that is not ASCII,
     * starts no token and ends none but a word's or number's; what a token spells is taken from
     * the text itself.
     */
    private final byte[] src;
    private final int length;
    private final Reporter reporter;
    private final Lines lines;
    private final List<Comment> comments;
    /** Whether problems go unreported: a token read again ({@link #reread}) was reported when first read. */
    private final boolean quiet;
    private int pos;
    private int line = 1;
    private int lineStart;
    private boolean tokenOnLine;
    /** Words longer than this are not shared (nor numbered). */
    private static final int MAX_SHARED = 64;
    /** The most distinct words numbered, and the most bytes of them kept: what a slot's bits hold. */
    private static final int MAX_WORDS = 1 << 24;
    private static final int MAX_POOL = 1 << 25;
    /**
     * Open-addressing table of the distinct words read so far, one {@code long} a slot (0 when
     * free): the word's hash (String's own) in the high 32 bits, where its bytes start in
     * {@link #pool} in the next 25 and its length in the low 7. A lookup reads one slot and, on a
     * matching hash and length, the word's bytes, which lie beside the other words' in one array,
     * instead of a {@code String} and its array, each elsewhere in memory.
     */
    private long[] slots;
    /**
     * The distinct words' chars, one byte each (a word or number is ASCII), each word preceded by
     * its number in three bytes.
     */
    private byte[] pool;
    private int poolSize;
    /** The distinct words by number. */
    private String[] words;
    private int wordCount;
    /** The word, string's value or number's text of the token returned last. */
    String tokenText;
    /** The value of the number, percentage or duration (in seconds) returned last; 0 for other tokens. */
    double tokenValue;
    /**
     * The number of the word returned last among the distinct words read (0, 1, ... in the order
     * first read), or -1 for a token that is no word or a word longer than 64 chars.
     */
    int tokenWord;

    Lexer(String text, Reporter reporter, Lines lines, boolean keepComments) {
        this(text, bytes(text), reporter, lines, keepComments, false);
    }

    private Lexer(String text, byte[] src, Reporter reporter, Lines lines, boolean keepComments, boolean quiet) {
        this.text = text;
        this.src = src;
        this.length = text.length();
        this.reporter = reporter;
        this.lines = lines;
        this.comments = keepComments ? new ArrayList<>() : null;
        this.quiet = quiet;
        if (!quiet) {
            slots = new long[256];
            pool = new byte[1024];
            words = new String[128];
        }
        if (length > 0 && text.charAt(0) == '\uFEFF') {
            pos = 1; // a UTF-8 byte order mark is not part of the text
        }
    }

    /**
     * {@code text} a byte a char, a char above U+00FF as {@code '?'}: a copy of the {@code String}'s
     * own bytes when it holds no surrogate pair (the JDK's encoder makes a pair one {@code '?'}).
     */
    static byte[] bytes(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length != text.length()) {
            bytes = new byte[text.length()];
            for (int i = 0; i < bytes.length; i++) {
                char c = text.charAt(i);
                bytes[i] = c <= 0xff ? (byte) c : (byte) '?';
            }
        }
        return bytes;
    }

    /** The char at {@code i}, as {@link #src} holds it. */
    private char at(int i) {
        return (char) (src[i] & 0xff);
    }

    List<Comment> comments() {
        return comments == null ? List.of() : comments;
    }

    private long token(Kind kind, int start, int end, String value) {
        tokenText = value;
        tokenValue = 0;
        if (kind != Kind.WORD) {
            tokenWord = -1;
        }
        return Token.of(kind, start, end, false);
    }

    private void error(int start, int end, String message) {
        if (quiet || reporter.full()) {
            return;
        }
        reporter.at(start, lineStart, line, lines.column(start), end, message);
    }

    /** The next token; the end of the text once so many problems were found that going on is pointless. */
    long next() {
        if (reporter.full()) {
            pos = length;
        }
        while (true) {
            if (pos >= length) {
                return token(Kind.EOF, length, length, "");
            }
            char c = at(pos);
            switch (c) {
                case ' ', '\t' -> pos++;
                case '\r' -> {
                    if (pos + 1 < length && at(pos + 1) == '\n') {
                        pos++;
                    } else {
                        return invalid();
                    }
                }
                case '\n' -> {
                    long t = token(Kind.NEWLINE, pos, pos + 1, "\n");
                    pos++;
                    line++;
                    lineStart = pos;
                    lines.add(pos);
                    tokenOnLine = false;
                    return t;
                }
                case '#' -> comment(pos);
                case '/' -> {
                    if (pos + 1 < length && at(pos + 1) == '/') {
                        comment(pos);
                    } else {
                        return invalid();
                    }
                }
                default -> {
                    tokenOnLine = true;
                    return significant(c);
                }
            }
        }
    }

    /**
     * Sets {@link #tokenText} and {@link #tokenValue} of token {@code t}, read before, by reading it
     * again from the text without reporting anything (it was reported when first read).
     */
    void reread(long t) {
        Kind kind = Token.kind(t);
        String fixed = Token.punctuation(kind);
        tokenValue = 0;
        if (fixed != null) {
            tokenText = fixed;
            return;
        }
        int start = Token.start(t);
        char c = text.charAt(start);
        boolean number = isDigit(c) || (c == '-' && start + 1 < length && isDigit(text.charAt(start + 1)));
        if (kind == Kind.INVALID && !number) {
            tokenText = text.substring(start, Math.min(Token.end(t), start + 40));
            return;
        }
        Lexer again = new Lexer(text, src, reporter, lines, false, true);
        again.pos = start;
        again.significant(c);
        tokenText = again.tokenText;
        tokenValue = again.tokenValue;
    }

    private void comment(int start) {
        int end = text.indexOf('\n', start);
        if (end < 0) {
            end = length;
        }
        pos = end;
        if (comments != null) {
            int last = end;
            while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
                last--;
            }
            comments.add(new Comment(start, line, text.substring(start, last), tokenOnLine));
        }
    }

    private long significant(char c) {
        int start = pos;
        if (isLetter(c)) {
            pos++;
            int hash = c;
            while (pos < length) {
                char d = at(pos);
                if (isLetter(d) || isDigit(d)) {
                    hash = 31 * hash + d;
                    pos++;
                } else if ((d == '-' || d == '_' || d == '.') && pos + 1 < length
                        && (isLetter(at(pos + 1)) || isDigit(at(pos + 1)))) {
                    hash = 31 * (31 * hash + d) + at(pos + 1);
                    pos += 2;
                } else {
                    break;
                }
            }
            return token(Kind.WORD, start, pos, word(start, pos, hash));
        }
        if (isDigit(c) || (c == '-' && pos + 1 < length && isDigit(at(pos + 1)))) {
            return number();
        }
        switch (c) {
            case '"':
                return string();
            case '{':
                pos++;
                return token(Kind.LBRACE, start, pos, "{");
            case '}':
                pos++;
                return token(Kind.RBRACE, start, pos, "}");
            case ',':
                pos++;
                return token(Kind.COMMA, start, pos, ",");
            case ';':
                pos++;
                return token(Kind.SEMICOLON, start, pos, ";");
            case '-':
                if (pos + 1 < length && at(pos + 1) == '>') {
                    pos += 2;
                    return token(Kind.ARROW, start, pos, "->");
                }
                return invalid();
            case '.':
                if (pos + 1 < length && at(pos + 1) == '.') {
                    pos += 2;
                    return token(Kind.RANGE, start, pos, "..");
                }
                return invalid();
            default:
                return invalid();
        }
    }

    /**
     * The word at {@code [start, end)}, one String per distinct word: ids repeat (a long path names
     * the same steps again and again), so a word seen before costs no allocation. Sets
     * {@link #tokenWord} to the word's number.
     */
    private String word(int start, int end, int hash) {
        int n = end - start;
        if (n > MAX_SHARED || quiet) { // a token read again is not shared
            tokenWord = -1;
            return text.substring(start, end);
        }
        int i = find(start, end, hash);
        long slot = slots[i];
        if (slot != 0) {
            int id = idAt((int) slot >>> 7);
            tokenWord = id;
            return words[id];
        }
        String w = text.substring(start, end);
        if (wordCount == MAX_WORDS || poolSize + 3 + n > MAX_POOL) {
            tokenWord = -1; // so many distinct words that the table is full: the rest go unshared
            return w;
        }
        int id = wordCount++;
        if (poolSize + 3 + n > pool.length) {
            pool = Arrays.copyOf(pool, Math.min(MAX_POOL, Math.max(pool.length * 2, poolSize + 3 + n)));
        }
        pool[poolSize] = (byte) (id >>> 16);
        pool[poolSize + 1] = (byte) (id >>> 8);
        pool[poolSize + 2] = (byte) id;
        int at = poolSize + 3;
        System.arraycopy(src, start, pool, at, n);
        poolSize = at + n;
        slots[i] = ((long) hash << 32) | ((long) at << 7) | n;
        if (id == words.length) {
            words = Arrays.copyOf(words, id * 2);
        }
        words[id] = w;
        tokenWord = id;
        if (wordCount * 2 > slots.length) {
            rehash();
        }
        return w;
    }

    /** The number of the word whose bytes start at {@code at} in the pool. */
    private int idAt(int at) {
        return ((pool[at - 3] & 0xff) << 16) | ((pool[at - 2] & 0xff) << 8) | (pool[at - 1] & 0xff);
    }

    /** The slot of the word at {@code [start, end)} in the table, or the free slot where it goes. */
    private int find(int start, int end, int hash) {
        int n = end - start;
        int mask = slots.length - 1;
        int i = mix(hash) & mask;
        long key = ((long) hash << 32) | n;
        long slot;
        while ((slot = slots[i]) != 0) {
            // the hash and the length first: the word's bytes are read only when it may match
            if ((slot & 0xffff_ffff_0000_007fL) == key && sameWord(start, n, (int) slot >>> 7)) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Whether the {@code n} chars at {@code start} are the word kept at {@code at} in the pool (a word is ASCII). */
    private boolean sameWord(int start, int n, int at) {
        byte[] p = pool;
        byte[] w = src;
        for (int k = 0; k < n; k++) {
            if (p[at + k] != w[start + k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The number {@link #word} gave the word at {@code [start, end)} of a token read before, or -1
     * for a word too long to be shared: the same number whether the token's text is kept or not.
     */
    int wordNumber(int start, int end) {
        if (end - start > MAX_SHARED) {
            return -1;
        }
        int hash = 0;
        for (int k = start; k < end; k++) {
            hash = 31 * hash + at(k);
        }
        long slot = slots[find(start, end, hash)];
        return slot == 0 ? -1 : idAt((int) slot >>> 7);
    }

    /** How many distinct words {@link #word} has numbered. */
    int wordCount() {
        return wordCount;
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16) ^ (hash >>> 7);
    }

    private void rehash() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long slot : old) {
            if (slot != 0) {
                int i = mix((int) (slot >>> 32)) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = slot;
            }
        }
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether a char starts a token or is a blank, so a run of bad characters ends before it. */
    private boolean startsSomething(int at) {
        char c = at(at);
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '#' || c == '"' || c == '{' || c == '}' || c == ',' || c == ';'
                || isLetter(c) || isDigit(c);
    }

    /** A run of characters that start no token: one error for the run. */
    private long invalid() {
        int start = pos;
        int first = text.codePointAt(pos);
        pos += Character.charCount(first);
        int more = 0;
        if (first != '\r') {
            while (pos < length && !startsSomething(pos)) {
                pos += Character.charCount(text.codePointAt(pos));
                more++;
            }
        }
        if (quiet || reporter.full()) {
            return token(Kind.INVALID, start, pos, "");
        }
        String what = Words.character(first);
        if (what.startsWith("'")) {
            what = "character " + what;
        }
        boolean afterNumber = start > 0 && Character.isDigit(text.charAt(start - 1));
        String hint = switch (first) {
            case '/' -> afterNumber ? " (a score is written as its value alone, e.g. 3.6; the scale is not part of it)"
                    : " (comments start with '#' or '//')";
            case '+' -> " (a positive number is written without '+', e.g. 10)";
            case '\u00a3', '$', '\u20ac', '\u00a5' -> " (money is written as a plain number, e.g. 250; name the currency "
                    + "in the metric, e.g. 'spend-gbp')";
            case '\'' -> " (strings are written in double quotes)";
            case '-' -> " (a '-' starts a negative number or an arrow '->')";
            case '=', '\u2192', '\u27f6', '>' -> first != '=' || text.startsWith(">", start + 1)
                    ? " (an arrow is written '->')" : "";
            case '.' -> " (ranges are written 'low..high')";
            case '\r' -> " (lines end with a line feed, optionally preceded by a carriage return)";
            default -> "";
        };
        error(start, pos, "unexpected " + what
                + (more == 0 ? "" : " and " + more + " more character" + (more == 1 ? "" : "s")) + hint);
        return token(Kind.INVALID, start, pos, text.substring(start, Math.min(pos, start + 40)));
    }

    private long number() {
        int start = pos;
        int hash = 0;
        if (at(pos) == '-') {
            hash = '-';
            pos++;
        }
        while (pos < length) {
            char d = at(pos);
            if (isLetter(d) || isDigit(d) || d == '%' || d == '_'
                    || (d == '.' && pos + 1 < length && isDigit(at(pos + 1)))) {
                hash = 31 * hash + d;
                pos++;
            } else {
                break;
            }
        }
        // numbers repeat (emotions, targets), so their text is shared like a word's
        String word = word(start, pos, hash);
        long t = numeric(word, start);
        if (t == Token.NONE) {
            error(start, pos, "invalid number '" + Words.cut(word) + "' (" + numberHint(word) + ")");
            return token(Kind.INVALID, start, pos, word);
        }
        return t;
    }

    /**
     * What an invalid number should have been: a number followed by a unit spelled out
     * ({@code 12days}) is shown with its one-letter unit ({@code 12d}).
     */
    private static String numberHint(String word) {
        int letters = word.length();
        while (letters > 0 && isLetter(word.charAt(letters - 1))) {
            letters--;
        }
        String unit = letters == word.length() ? null : MetricStatement.durationUnit(word.substring(letters));
        String number = word.substring(0, letters);
        if (unit != null && !number.isEmpty() && number.chars().allMatch(ch -> isDigit((char) ch) || ch == '.' || ch == '-')
                && isDigit(number.charAt(number.length() - 1))) {
            return "a duration's unit is one letter, d, h, m or s: " + number + unit;
        }
        return "expected a number like 3.5, a percentage like 71% or a duration like 6m30s";
    }

    /** The number, percentage or duration spelled {@code word}, or {@link Token#NONE} when it is none. */
    private long numeric(String word, int start) {
        boolean negative = word.charAt(0) == '-';
        int i = negative ? 1 : 0;
        int plain = plainNumber(word, i);
        if (plain == word.length()) {
            return finite(Kind.NUMBER, word, decimal(word, 0, plain), start);
        }
        if (plain == word.length() - 1 && plain > i && word.charAt(plain) == '%') {
            return finite(Kind.PERCENT, word, decimal(word, 0, plain), start);
        }
        // a duration: number+unit pairs, units in the order d, h, m, s
        BigDecimal total = null;
        long whole = 0; // the total while every part is a small whole number: exact, no BigDecimal
        int lastUnit = -1;
        int parts = 0;
        while (i < word.length()) {
            int end = plainNumber(word, i);
            if (end == i || end >= word.length()) {
                return Token.NONE;
            }
            int unit = "dhms".indexOf(word.charAt(end));
            if (unit <= lastUnit) {
                return Token.NONE;
            }
            if (end - i > 400) {
                return Token.NONE; // no sane duration has that many digits
            }
            long factor = UNIT_SECONDS[unit];
            if (total == null && end - i <= 9 && isWhole(word, i, end)) {
                whole += Long.parseLong(word, i, end, 10) * factor;
            } else {
                if (total == null) {
                    total = BigDecimal.valueOf(whole);
                }
                BigDecimal amount = new BigDecimal(word.substring(i, end));
                total = total.add(amount.multiply(BigDecimal.valueOf(factor)));
            }
            lastUnit = unit;
            i = end + 1;
            parts++;
        }
        if (parts == 0) {
            return Token.NONE;
        }
        double seconds;
        if (parts == 1 && lastUnit == 3) {
            seconds = decimal(word, negative ? 1 : 0, word.length() - 1);
        } else if (total == null) {
            seconds = whole; // below 2^53: exact
        } else {
            seconds = total.doubleValue();
        }
        return finite(Kind.DURATION, word, negative ? -seconds : seconds, start);
    }

    private static final long[] UNIT_SECONDS = {86_400, 3_600, 60, 1};
    /** The powers of ten that a double holds exactly. */
    private static final double[] TENS = new double[23];

    static {
        TENS[0] = 1;
        for (int k = 1; k < TENS.length; k++) {
            TENS[k] = TENS[k - 1] * 10;
        }
    }

    private static boolean isWhole(String word, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isDigit(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value of {@code word[from, to)}, an optional '-' and digits[.digits], exactly as
     * {@link Double#parseDouble} gives it. With at most 15 digits the digits are a whole number
     * that a double holds exactly, and so is the power of ten that divides it, so one division,
     * which IEEE 754 rounds correctly, gives the correctly rounded value without allocating;
     * longer numbers go through {@code parseDouble}.
     */
    private static double decimal(String word, int from, int to) {
        boolean negative = word.charAt(from) == '-';
        long digits = 0;
        int count = 0;
        int fraction = -1;
        for (int k = negative ? from + 1 : from; k < to; k++) {
            char c = word.charAt(k);
            if (c == '.') {
                fraction = 0;
                continue;
            }
            digits = digits * 10 + (c - '0');
            if (fraction >= 0) {
                fraction++;
            }
            if (++count > 15) {
                return Double.parseDouble(word.substring(from, to));
            }
        }
        double value = fraction > 0 ? digits / TENS[fraction] : digits;
        return negative ? -value : value;
    }

    private long finite(Kind kind, String word, double value, int start) {
        if (!Double.isFinite(value)) {
            error(start, pos, "number '" + Words.cut(word) + "' is too large");
            return token(Kind.INVALID, start, pos, word);
        }
        long t = token(kind, start, pos, word);
        tokenValue = value + 0.0;
        return t;
    }

    /** The end of the digits[.digits] that start at {@code i}, or {@code i} when there are none. */
    private static int plainNumber(String word, int i) {
        int j = i;
        while (j < word.length() && isDigit(word.charAt(j))) {
            j++;
        }
        if (j == i) {
            return i;
        }
        if (j + 1 < word.length() && word.charAt(j) == '.' && isDigit(word.charAt(j + 1))) {
            j++;
            while (j < word.length() && isDigit(word.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    private long string() {
        int start = pos;
        pos++;
        StringBuilder value = null;
        int runStart = pos;
        while (true) {
            if (pos >= length || at(pos) == '\n'
                    || (at(pos) == '\r' && pos + 1 < length && at(pos + 1) == '\n')) {
                error(start, start + 1, "unterminated string: expected '\"' before "
                        + (pos >= length ? "end of file" : "end of line") + " (a string ends on its own line)");
                String v = value == null ? text.substring(runStart, pos) : value.append(text, runStart, pos).toString();
                tokenText = v;
                tokenValue = 0;
                tokenWord = -1;
                return Token.of(Kind.STRING, start, pos, true);
            }
            char c = at(pos);
            if (c == '"') {
                // not shared like words: hashing every string costs more time than the copies it saves
                String v = value == null ? text.substring(runStart, pos) : value.append(text, runStart, pos).toString();
                pos++;
                return token(Kind.STRING, start, pos, v);
            }
            if (c == '\\') {
                if (value == null) {
                    value = new StringBuilder();
                }
                value.append(text, runStart, pos);
                escape(value);
                runStart = pos;
            } else if (c < 0x20 || c == 0x7f) {
                String escape = c == '\t' ? "\\t" : "\\u{" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + "}";
                error(pos, pos + 1, Words.character(c) + " in string (write it as " + escape + ")");
                pos++;
            } else {
                pos++;
            }
        }
    }

    /** Reads the escape at {@code pos} (a backslash) into {@code value}, reporting a bad one. */
    private void escape(StringBuilder value) {
        int start = pos;
        if (pos + 1 >= length || text.charAt(pos + 1) == '\n') {
            pos++;
            error(start, pos, "expected an escape after '\\' (one of: \\\", \\\\, \\n, \\t, \\u{...})");
            return;
        }
        char e = text.charAt(pos + 1);
        pos += 2;
        switch (e) {
            case '"' -> value.append('"');
            case '\\' -> value.append('\\');
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'u' -> {
                int digitsStart = pos + 1;
                if (pos < length && text.charAt(pos) == '{') {
                    int j = digitsStart;
                    while (j < length && j - digitsStart < 7 && Character.digit(text.charAt(j), 16) >= 0) {
                        j++;
                    }
                    if (j < length && text.charAt(j) == '}' && j > digitsStart && j - digitsStart <= 6) {
                        int cp = Integer.parseInt(text.substring(digitsStart, j), 16);
                        if (cp <= Character.MAX_CODE_POINT) {
                            value.appendCodePoint(cp);
                            pos = j + 1;
                            return;
                        }
                        pos = j + 1;
                        error(start, pos, "invalid escape: U+" + text.substring(digitsStart, j).toUpperCase(java.util.Locale.ROOT)
                                + " is not a Unicode code point (the largest is 10FFFF)");
                        return;
                    }
                }
                error(start, pos, "invalid escape '\\u': expected 1 to 6 hex digits in braces, like \\u{1F600}");
            }
            default -> {
                int cp = text.codePointAt(pos - 1);
                pos = pos - 1 + Character.charCount(cp);
                error(start, pos, "unknown escape '\\" + (cp < 0x20 || cp == 0x7f ? Words.character(cp) : new String(Character.toChars(cp)))
                        + "' in string (expected one of: \\\", \\\\, \\n, \\t, \\u{...})");
            }
        }
    }
}
