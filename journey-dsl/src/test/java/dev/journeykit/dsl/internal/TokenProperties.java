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
            "@", "\u0000", "é", "😀", "\uD800", "\uDC00", "'", "$5", "=>");

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
