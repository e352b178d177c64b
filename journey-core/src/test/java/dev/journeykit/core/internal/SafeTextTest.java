package dev.journeykit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text from a map made safe for a terminal and for UTF-8 JSON. */
class SafeTextTest {

    @ParameterizedTest
    @ValueSource(chars = {'\u0000', '\u0007', '\t', '\n', '\r', '\u001B', '\u007F', '\u0080', '\u009B', '\u009F',
        '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uD800', '\uDFFF'})
    void escapes_controls_bidirectional_overrides_and_lone_surrogates(char c) {
        assertThat(SafeText.terminal("a" + c + "b")).isEqualTo("a\\u" + String.format("%04X", (int) c) + "b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "café", "日本", "\uD83D\uDE00 smile", "\u00A0nbsp", "\u200E", "\u2028", ""})
    void keeps_other_text_as_it_is(String text) {
        assertThat(SafeText.terminal(text)).isSameAs(text);
    }

    @Test
    void rewrites_a_terminal_escape_sequence_and_a_hidden_override_in_one_line() {
        assertThat(SafeText.terminal("ok\u001B[2J\u001B[1;1Hfake \u202Eevil\u202C"))
                .isEqualTo("ok\\u001B[2J\\u001B[1;1Hfake \\u202Eevil\\u202C");
    }

    @Test
    void one_line_appends_write_line_feeds_as_spaces_and_escape_the_rest() {
        StringBuilder out = new StringBuilder("x: ");
        SafeText.appendTerminalLine(out, "two\nlines\r\n\u001B[0m \uD83D\uDE00 \uDC00");
        assertThat(out).hasToString("x: two lines\\u000D \\u001B[0m \uD83D\uDE00 \\uDC00");
        StringBuilder kept = new StringBuilder();
        SafeText.appendTerminal(kept, "a\nb");
        assertThat(kept).hasToString("a\\u000Ab");
    }

    @Test
    void json_keeps_pairs_and_escapes_lone_surrogates_only() {
        assertThat(SafeText.jsonSurrogates("{\"a\": \"\uD800x\uDC00 \uD83D\uDE00 \u001B\"}"))
                .isEqualTo("{\"a\": \"\\uD800x\\uDC00 \uD83D\uDE00 \u001B\"}");
        String plain = "{\"a\": \"b\"}";
        assertThat(SafeText.jsonSurrogates(plain)).isSameAs(plain);
    }
}
