package dev.journeykit.render.svg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.render.svg.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
}
