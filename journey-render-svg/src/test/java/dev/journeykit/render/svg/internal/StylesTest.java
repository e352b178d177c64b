package dev.journeykit.render.svg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.render.svg.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StylesTest {

    private static String stroke(String css, String selectorStart) {
        Matcher m = Pattern.compile(Pattern.quote(selectorStart) + "[^{]*\\{[^}]*stroke:(#[0-9a-f]{6})").matcher(css);
        assertThat(m.find()).as("rule %s", selectorStart).isTrue();
        return m.group(1);
    }

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"LIGHT", "DARK"})
    void backward_arrows_have_a_colour_no_persona_path_has(Theme theme) {
        String css = Styles.css(theme, "h");
        List<String> personas = new ArrayList<>();
        for (int i = 0; i < Styles.PERSONA_STYLES; i++) {
            personas.add(stroke(css, ".jk-edge.jk-persona-" + i + ","));
        }
        assertThat(personas).doesNotContain(stroke(css, ".jk-edge-back"));
    }

    private static String dashes(String css, String selectorStart) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(selectorStart) + "[^}]*stroke-dasharray:([^;}]+)")
                .matcher(css);
        assertThat(m.find()).as("rule %s", selectorStart).isTrue();
        return m.group(1);
    }

    @Test
    void in_high_contrast_every_arrow_of_the_key_has_its_own_dash_pattern() {
        String css = Styles.css(Theme.HIGH_CONTRAST, "h");
        List<String> personas = new ArrayList<>();
        for (int i = 0; i < Styles.PERSONA_STYLES; i++) {
            personas.add(dashes(css, ".jk-edge.jk-persona-" + i + ",.jk-swatch.jk-persona-" + i + "{"));
        }
        assertThat(personas).containsExactly("10 4", "10 3 2 3", "10 3 2 3 2 3", "18 4", "18 3 6 3", "5 3",
                "18 3 2 3", "5 3 2 3");
        // a flow's transitions (no persona) are solid, backward arrows dotted
        assertThat(dashes(css, ".jk-edge{")).isEqualTo("none");
        assertThat(dashes(css, ".jk-edge-back{")).isEqualTo("1 5");
        List<String> all = new ArrayList<>(personas);
        all.add("none");
        all.add("1 5");
        assertThat(all).doesNotHaveDuplicates();
        // all strokes are black: the patterns are the only difference
        for (int i = 0; i < Styles.PERSONA_STYLES; i++) {
            assertThat(stroke(css, ".jk-edge.jk-persona-" + i + ",")).isEqualTo("#000000");
        }
    }

    private static String fill(String css, String selectorStart) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(selectorStart) + "[^}]*fill:(#[0-9a-f]{6})").matcher(css);
        assertThat(m.find()).as("rule %s", selectorStart).isTrue();
        return m.group(1);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void contrast_is_computed_as_wcag_says() {
        assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(contrast("#1f6feb", "#e6edf3")).isCloseTo(3.92, org.assertj.core.data.Offset.offset(0.01));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void matrix_counts_are_readable_on_every_shade_and_gap_labels_on_their_plate(Theme theme) {
        String css = Styles.css(theme, "h");
        String text = fill(css, ".jk text{");
        for (int i = 0; i < 5; i++) {
            assertThat(contrast(text, fill(css, ".jk-heat-" + i + "{"))).as("count on heat %s", i)
                    .isGreaterThanOrEqualTo(4.5);
        }
        assertThat(contrast(fill(css, ".jk .jk-gap-text{"), fill(css, ".jk-gap-plate{"))).isGreaterThanOrEqualTo(4.5);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void diff_marks_differ_by_outline_pattern_and_their_words_are_readable(Theme theme) {
        String css = Styles.css(theme, "h") + Styles.diffCss(theme);
        List<String> patterns = new ArrayList<>();
        for (String mark : List.of("added", "moved", "changed", "removed")) {
            patterns.add(dashes(css, ".jk-diff-" + mark + "{"));
        }
        // the card's own outlines: a touchpoint's is solid (as added's, which is thicker), a moment's dashed 5 3
        assertThat(patterns).containsExactly("none", "12 4", "9 3 2 3", "1.5 3").doesNotContain("5 3");
        String card = fill(css, ".jk-card{");
        String ghost = fill(css, ".jk .jk-diff-ghost text{");
        assertThat(contrast(ghost, fill(css, ".jk-bg{"))).isGreaterThanOrEqualTo(4.5);
        for (String mark : List.of("added", "moved", "changed")) {
            String words = fill(css, ".jk .jk-diff-tag-" + mark + "{");
            assertThat(contrast(words, card)).as("%s words on a card", mark).isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(words, fill(css, ".jk-persona{"))).as("%s words on a persona card", mark)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }
}
