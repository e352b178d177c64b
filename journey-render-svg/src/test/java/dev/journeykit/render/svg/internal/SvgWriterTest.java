package dev.journeykit.render.svg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgWriterTest {

    @Test
    void clean_replaces_forbidden_characters_and_drops_direction_controls() {
        assertThat(SvgWriter.clean("a\u0000b")).isEqualTo("a\ufffdb");
        assertThat(SvgWriter.clean("a\tb\r\nc  d")).isEqualTo("a b c d");
        assertThat(SvgWriter.clean("  trim  ")).isEqualTo("trim");
        assertThat(SvgWriter.clean("x\u202eevil\u202c")).isEqualTo("xevil");
        assertThat(SvgWriter.clean("lone \ud800!")).isEqualTo("lone \ufffd!");
        assertThat(SvgWriter.clean("pair \ud83d\ude00")).isEqualTo("pair \ud83d\ude00");
        assertThat(SvgWriter.clean("\uffff\ufffe")).isEqualTo("\ufffd\ufffd");
        assertThat(SvgWriter.clean(null)).isEmpty();
    }

    @Test
    void clean_drops_invisible_formatting_but_keeps_the_joiners_emoji_and_scripts_need() {
        assertThat(SvgWriter.clean("a\u200bb\ufeffc\u200ed\ufff9e")).isEqualTo("abcde");
        String family = "\ud83d\udc69\u200d\ud83d\udc67"; // woman, zero-width joiner, girl
        assertThat(SvgWriter.clean(family)).isEqualTo(family);
        assertThat(SvgWriter.clean("\u0645\u200c\u06cc")).isEqualTo("\u0645\u200c\u06cc");
    }

    @Test
    void text_and_attributes_are_escaped() {
        SvgWriter w = new SvgWriter(64);
        w.open("text").attr("class", "a\"b'<&>").end(false).text("<x> & \"y\" ]]>").closing("text");
        assertThat(w.toString()).isEqualTo(
                "<text class=\"a&quot;b&apos;&lt;&amp;&gt;\">&lt;x&gt; &amp; \"y\" ]]&gt;</text>\n");
    }

    @Test
    void numbers_have_one_fixed_decimal() {
        assertThat(SvgWriter.num(0)).isEqualTo("0.0");
        assertThat(SvgWriter.num(12.345)).isEqualTo("12.3");
        assertThat(SvgWriter.num(-0.04)).isEqualTo("0.0");
        assertThat(SvgWriter.num(-2.26)).isEqualTo("-2.3");
        assertThat(SvgWriter.num(1e7)).isEqualTo("10000000.0");
        assertThat(SvgWriter.num(Double.NaN)).isEqualTo("0.0");
    }

    @Test
    void xml_ids_keep_only_safe_characters_and_start_with_a_letter() {
        assertThat(SvgWriter.xmlId("jk-step-live-chat")).isEqualTo("jk-step-live-chat");
        assertThat(SvgWriter.xmlId("1 a\"<")).isEqualTo("x1_a__");
        assertThat(SvgWriter.xmlId("")).isEqualTo("x");
    }

    @Test
    void multi_line_text_uses_tspans() {
        SvgWriter w = new SvgWriter(64);
        w.textLines("c", 10, 20, "start", List.of("one", "two"), 15);
        assertThat(w.toString()).isEqualTo("<text class=\"c\" x=\"10.0\" y=\"20.0\"><tspan x=\"10.0\" y=\"20.0\">one"
                + "</tspan><tspan x=\"10.0\" dy=\"15.0\">two</tspan></text>\n");
    }
}
