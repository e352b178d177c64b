package dev.journeykit.render.svg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextMetricsTest {

    @Test
    void widths_come_from_the_table_scaled_by_size() {
        // 'a' is 613 thousandths of an em; the table is padded by 6 %
        assertThat(TextMetrics.width("a", 10, false)).isCloseTo(0.613 * 10 * 1.06, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(TextMetrics.width("aa", 20, false)).isCloseTo(4 * TextMetrics.width("a", 10, false),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(TextMetrics.width("W", 12, true)).isGreaterThan(TextMetrics.width("W", 12, false));
        assertThat(TextMetrics.width("i", 12, false)).isLessThan(TextMetrics.width("m", 12, false));
        assertThat(TextMetrics.width("\u4e2d", 12, false)).isEqualTo(12 * 1.06);
        assertThat(TextMetrics.width("e\u0301", 12, false)).isEqualTo(TextMetrics.width("e", 12, false));
    }

    @Test
    void wraps_at_spaces_and_keeps_short_text_whole() {
        assertThat(TextMetrics.wrap("Reads the FAQ", 500, 12, false, 3)).containsExactly("Reads the FAQ");
        double w = Math.max(TextMetrics.width("Browses the", 12, false), TextMetrics.width("product page", 12, false)) + 0.01;
        assertThat(TextMetrics.wrap("Browses the product page", w, 12, false, 3))
                .containsExactly("Browses the", "product page");
        assertThat(TextMetrics.wrap("", 100, 12, false, 3)).isEmpty();
    }

    @Test
    void cuts_text_past_the_line_limit_with_an_ellipsis() {
        double w = TextMetrics.width("one two", 12, false) + 0.01;
        List<String> lines = TextMetrics.wrap("one two three four five six", w, 12, false, 2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("one two");
        assertThat(lines.get(1)).endsWith("\u2026").startsWith("three");
    }

    @Test
    void breaks_a_word_wider_than_a_line() {
        double w = TextMetrics.width("xxxxx", 12, false) + 0.01;
        assertThat(TextMetrics.wrap("xxxxxxxxxxxx", w, 12, false, 5)).containsExactly("xxxxx", "xxxxx", "xx");
        assertThat(TextMetrics.wrap("x".repeat(10_000), w, 12, false, 2)).hasSize(2)
                .last().asString().endsWith("\u2026");
    }

    @Test
    void never_splits_a_surrogate_pair() {
        String smileys = "\ud83d\ude00".repeat(20);
        double w = TextMetrics.width("\ud83d\ude00\ud83d\ude00\ud83d\ude00", 12, false) + 0.01;
        for (String line : TextMetrics.wrap(smileys, w, 12, false, 10)) {
            assertThat(line.codePoints().allMatch(cp -> cp == 0x1F600 || cp == 0x2026)).isTrue();
        }
    }

    @Property(tries = 200)
    void every_wrapped_line_fits_and_the_limit_holds(@ForAll @StringLength(max = 300) String raw,
                                                     @ForAll @DoubleRange(min = 40, max = 400) double width,
                                                     @ForAll @IntRange(min = 1, max = 6) int maxLines,
                                                     @ForAll boolean bold) {
        String text = SvgWriter.clean(raw);
        List<String> lines = TextMetrics.wrap(text, width, 12, bold, maxLines);
        assertThat(lines.size()).isLessThanOrEqualTo(maxLines);
        for (String line : lines) {
            assertThat(TextMetrics.width(line, 12, bold)).isLessThanOrEqualTo(width);
        }
        if (!text.isEmpty()) {
            assertThat(lines).isNotEmpty();
        }
    }

    @Property(tries = 200)
    void wrapping_keeps_every_word_when_nothing_is_cut(@ForAll @StringLength(max = 120) String raw) {
        String text = SvgWriter.clean(raw);
        List<String> lines = TextMetrics.wrap(text, 150, 12, false, 1000);
        String joined = String.join("", lines).replace(" ", "");
        assertThat(joined).isEqualTo(text.replace(" ", ""));
    }
}
