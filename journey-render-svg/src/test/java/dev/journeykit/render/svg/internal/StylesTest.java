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
}
