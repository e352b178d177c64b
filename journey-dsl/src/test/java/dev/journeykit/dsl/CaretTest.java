package dev.journeykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.journeykit.core.model.SourcePosition;
import dev.journeykit.dsl.internal.DisplayWidth;
import org.junit.jupiter.api.Test;

/**
 * The caret line under a diagnostic's source line lines up in a monospace terminal whatever
 * stands before the error: tabs are kept as tabs, a CJK character or an emoji takes two columns,
 * a combining mark none. The column of {@code file:line:column} still counts code points.
 */
class CaretTest {

    private static String render(String sourceLine, int column, int length) {
        return new Diagnostic(new SourcePosition("a.journey", 1, column), length, "msg", sourceLine).render();
    }

    private static JourneyDslException parseFails(String text) {
        return catchThrowableOfType(JourneyDslException.class, () -> JourneyDsl.parse("a.journey", text));
    }

    @Test
    void tabs_before_the_error_are_kept_as_tabs() {
        assertThat(render("\tkind\tx", 7, 1)).isEqualTo("a.journey:1:7: msg\n\tkind\tx\n\t    \t^");
    }

    @Test
    void a_cjk_character_takes_two_columns() {
        assertThat(render("\"二週間\" extra", 7, 5)).isEqualTo("a.journey:1:7: msg\n\"二週間\" extra\n         ^^^^^");
    }

    @Test
    void an_emoji_is_one_column_in_the_position_and_two_under_the_line() {
        // 😀 is a surrogate pair in Java: one code point, one column of the position, two of the screen
        assertThat(render("\"😀😀\" x", 6, 1)).isEqualTo("a.journey:1:6: msg\n\"😀😀\" x\n       ^");
    }

    @Test
    void a_combining_mark_takes_no_column() {
        // "e" + U+0301 shows as one é
        assertThat(render("\"Cafe\u0301\" x", 9, 1)).isEqualTo("a.journey:1:9: msg\n\"Cafe\u0301\" x\n       ^");
    }

    @Test
    void carets_cover_the_display_width_of_the_span() {
        assertThat(render("x 注文 y", 3, 2)).isEqualTo("a.journey:1:3: msg\nx 注文 y\n  ^^^^");
        assertThat(render("x 😀 y", 3, 1)).isEqualTo("a.journey:1:3: msg\nx 😀 y\n  ^^");
        // a span of a combining mark alone still shows one caret
        assertThat(render("x \u0301 y", 3, 1)).isEqualTo("a.journey:1:3: msg\nx \u0301 y\n  ^");
    }

    @Test
    void a_span_past_the_end_of_the_shown_line_gets_a_caret_a_character() {
        assertThat(render("ab", 3, 1)).isEqualTo("a.journey:1:3: msg\nab\n  ^");
    }

    @Test
    void the_parser_counts_code_points_in_the_column_and_display_width_under_the_line() {
        JourneyDslException e = parseFails("journey \"Go\" {\n\ttimeline \"二週間 😀\"\textra\n}\n");

        assertThat(e.diagnostics()).hasSize(1);
        assertThat(e.diagnostics().get(0).position().column()).isEqualTo(19);
        assertThat(e.getMessage()).isEqualTo(
                "a.journey:2:19: expected end of line or ';' after the timeline statement, found 'extra'\n"
                        + "\ttimeline \"二週間 😀\"\textra\n"
                        // tab, "timeline", blank, quote, three CJK characters, blank, emoji, quote, tab
                        + "\t" + " ".repeat(8) + " " + " " + " ".repeat(6) + " " + "  " + " " + "\t^^^^^");
    }

    @Test
    void an_unexpected_emoji_is_underlined_whole() {
        JourneyDslException e = parseFails("journey \"Go\" {\n    kind current-state 🚀\n}\n");

        assertThat(e.getMessage()).endsWith("\n    kind current-state 🚀\n" + " ".repeat(23) + "^^");
    }

    @Test
    void the_width_table() {
        assertThat(DisplayWidth.of('a')).isEqualTo(1);
        assertThat(DisplayWidth.of('é')).isEqualTo(1);
        assertThat(DisplayWidth.of(0x0301)).isEqualTo(0); // combining acute accent
        assertThat(DisplayWidth.of(0xFE0F)).isEqualTo(0); // variation selector 16
        assertThat(DisplayWidth.of(0x200D)).isEqualTo(0); // zero-width joiner
        assertThat(DisplayWidth.of('中')).isEqualTo(2);
        assertThat(DisplayWidth.of('한')).isEqualTo(2);
        assertThat(DisplayWidth.of('カ')).isEqualTo(2);
        assertThat(DisplayWidth.of('ｶ')).isEqualTo(1); // halfwidth katakana
        assertThat(DisplayWidth.of('Ａ')).isEqualTo(2); // fullwidth A
        assertThat(DisplayWidth.of(0x3000)).isEqualTo(2); // ideographic space
        assertThat(DisplayWidth.of(0x1F600)).isEqualTo(2); // 😀
        assertThat(DisplayWidth.of(0x1F680)).isEqualTo(2); // 🚀
        assertThat(DisplayWidth.of(0x2705)).isEqualTo(2); // ✅
        assertThat(DisplayWidth.of(0x2713)).isEqualTo(1); // ✓, text presentation
        assertThat(DisplayWidth.of(0x20000)).isEqualTo(2); // CJK extension B
        assertThat(DisplayWidth.of(0x10FFFF)).isEqualTo(1);
    }
}
