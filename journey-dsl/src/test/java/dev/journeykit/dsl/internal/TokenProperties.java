package dev.journeykit.dsl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.dsl.internal.Token.Kind;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Tokens are longs whose text is kept only for the last few read: reading a token again from the
 * text ({@link Lexer#reread}) gives the text, value and word number it had when first read, and
 * the line-start table gives every token the line and column counted from the text itself.
 */
class TokenProperties {

    private static final String LONG_WORD = "w".repeat(70);
    private static final List<String> PIECES = List.of("journey", "touchpoint", "x-y", "a.b", "web", LONG_WORD,
            LONG_WORD + "-z", "\"text\"", "\"\"", "\"unterminated", "\"esc\\\"aped\\n\"", "\"bad\\q\"", "\"\\u{1F600}\"",
            "\"\\u{110000}\"", "\"tab\there\"", "{", "}", ",", ";", "->", "..", "-2", "0", "3.5", "71%", "6m30s", "1d2h",
            "12days", "1e999", "9".repeat(400) + "%", "1x", "-", ".", "/", "#c", "//c", "\n", "\n", " ", "\t", "\r\n", "\r",
            "@", "\u0000", "é", "😀", "\uD800", "\uDC00", "'", "$5", "=>",
            // chars above U+00FF whose low byte is a char the lexer acts on: '\n', '"', '{', 'a', '7', '#'
            "\u010A", "\"a\u0122b\"", "\u017B", "x\u0161", "\u0137", "#\u0123", "\"\u010A\"");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> body = Arbitraries.of(PIECES).list().ofMaxSize(60).map(pieces -> String.join(" ", pieces));
        return Arbitraries.oneOf(body, body.map(b -> "\uFEFF" + b), body.map(b -> b.replace(" ", "")));
    }

    @Property(tries = 400)
    void a_token_read_again_is_the_token_read(@ForAll("texts") String text) {
        Lines lines = new Lines(text);
        Lexer lexer = new Lexer(text, new Reporter("t.journey", text, lines), lines, false);
        while (true) {
            long t = lexer.next();
            String word = lexer.tokenText;
            double value = lexer.tokenValue;
            int number = lexer.tokenWord;
            Kind kind = Token.kind(t);
            if (kind == Kind.EOF) {
                return;
            }
            if (kind != Kind.INVALID) { // an invalid token's text is never shown
                lexer.reread(t);
                assertThat(lexer.tokenText).as("text of %s at %d", kind, Token.start(t)).isEqualTo(word);
                assertThat(lexer.tokenValue).as("value of %s", word).isEqualTo(value);
            }
            if (kind == Kind.WORD) {
                assertThat(lexer.wordNumber(Token.start(t), Token.end(t))).as("number of %s", word).isEqualTo(number);
            }
            int start = Token.start(t);
            assertThat(lines.line(start)).as("line of %s at %d", kind, start).isEqualTo(line(text, start));
            assertThat(lines.column(start)).as("column of %s at %d", kind, start).isEqualTo(column(text, start));
        }
    }

    /**
     * The lexer reads the text a byte a char, a char above U+00FF as {@code '?'}: such a char must
     * cut the text into the tokens that a Latin-1 char which starts no token ({@code 'é'}) does in
     * its place, and a token that holds one must spell it.
     */
    @Property(tries = 300)
    void a_char_above_latin_1_lexes_as_any_char_that_starts_no_token(@ForAll("texts") String text) {
        StringBuilder latin1 = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            latin1.append(c > 0xff && !(i == 0 && c == '\uFEFF') ? 'é' : c); // a byte order mark is no char of the text
        }
        List<String> tokens = tokens(text);
        List<String> expected = tokens(latin1.toString());
        assertThat(tokens).hasSameSizeAs(expected);
        for (int k = 0; k < tokens.size(); k++) {
            String[] got = tokens.get(k).split(" ", 4);
            String[] want = expected.get(k).split(" ", 4);
            assertThat(got[0] + " " + got[1] + " " + got[2]).as("token %d of %s", k, text)
                    .isEqualTo(want[0] + " " + want[1] + " " + want[2]);
            int start = Integer.parseInt(got[1]);
            if (got[0].equals("WORD") || got[0].equals("NUMBER") || got[0].equals("STRING") && !got[3].contains("\\")) {
                String spelled = got[0].equals("STRING") ? text.substring(start + 1, Integer.parseInt(got[2])).replaceAll("\"$", "")
                        : text.substring(start, Integer.parseInt(got[2]));
                if (!spelled.contains("\\")) {
                    assertThat(got[3]).as("text of token %d of %s", k, text).isEqualTo(spelled);
                }
            }
        }
    }

    /** Each token of {@code text} as {@code KIND START END TEXT}. */
    private static List<String> tokens(String text) {
        Lines lines = new Lines(text);
        Lexer lexer = new Lexer(text, new Reporter("t.journey", text, lines), lines, false);
        List<String> out = new java.util.ArrayList<>();
        for (long t = lexer.next(); !Token.is(t, Kind.EOF); t = lexer.next()) {
            out.add(Token.kind(t) + " " + Token.start(t) + " " + Token.end(t) + " " + lexer.tokenText);
        }
        return out;
    }

    @Property(tries = 200)
    void a_token_packs_its_kind_flag_start_and_end(@ForAll("kinds") Kind kind,
                                                    @ForAll("offsets") int start, @ForAll("offsets") int length,
                                                    @ForAll boolean unterminated) {
        int end = (int) Math.min(Integer.MAX_VALUE, (long) start + length);
        long t = Token.of(kind, start, end, unterminated);
        assertThat(Token.kind(t)).isEqualTo(kind);
        assertThat(Token.start(t)).isEqualTo(start);
        assertThat(Token.unterminated(t)).isEqualTo(unterminated);
        assertThat(Token.end(t)).isEqualTo(start + Math.min(end - start, (1 << 28) - 1));
        assertThat(t).isNotEqualTo(Token.NONE);
    }

    @Provide
    Arbitrary<Kind> kinds() {
        return Arbitraries.of(Kind.class);
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, Integer.MAX_VALUE));
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int column(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        if (lineStart == 0 && text.startsWith("\uFEFF") && offset > 0) {
            lineStart = 1;
        }
        return text.codePointCount(lineStart, offset) + 1;
    }
}
