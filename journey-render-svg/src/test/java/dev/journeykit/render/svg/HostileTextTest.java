package dev.journeykit.render.svg;

import dev.journeykit.core.testing.Walks;
import static dev.journeykit.render.svg.SvgChecks.assertSafeSvg;
import static dev.journeykit.render.svg.SvgChecks.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MapKind;
import dev.journeykit.core.model.MetricValue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** A map whose every string is hostile still renders to safe, well-formed SVG in every view. */
class HostileTextTest {

    static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "]]><svg onload=alert(1)>",
            "\"><svg onload=alert(1)>",
            "javascript:alert(document.cookie)",
            "ctl\u0000\u0001\u0007\u000b\u000c\u001b\u007f\u0085 end",
            "bidi \u202etxt.exe\u202c \u2066iso\u2069 \u200f",
            "lone \ud800 high and \udc00 low, pair \ud83d\ude00",
            "&amp; &lt; &#0; &#x1; <!-- --> <?pi?> <![CDATA[x]]>",
            "x".repeat(10_000),
            "word ".repeat(2_000));

    static String hostile(int i) {
        return HOSTILE.get(i % HOSTILE.size()) + " #" + i;
    }

    static JourneyMap hostileMap() {
        int[] n = {0};
        return JourneyMaps.journey(hostile(n[0]++))
                .kind(MapKind.SERVICE_BLUEPRINT)
                .objective(hostile(n[0]++))
                .timeline(hostile(n[0]++))
                .persona("p", hostile(n[0]++), p -> p.description(hostile(n[0]++)).goal(hostile(n[0]++))
                        .prefers("web", "sms"))
                .channel("web", hostile(n[0]++))
                .channel("sms", hostile(n[0]++))
                .stage("s1", hostile(n[0]++), s -> s.goal(hostile(n[0]++))
                        .touchpoint("t1", hostile(n[0]++)).via("web").byBrand().emotion(-2)
                        .action(hostile(n[0]++)).thought(hostile(n[0]++)).question(hostile(n[0]++), "t2")
                        .pain(hostile(n[0]++)).opportunity(hostile(n[0]++))
                        .metric(hostile(n[0]++), MetricValue.percent(1), MetricValue.percent(2))
                        .frontstage(hostile(n[0]++)).backstage(hostile(n[0]++)).support(hostile(n[0]++))
                        .evidence(hostile(n[0]++))
                        .moment("m1", hostile(n[0]++)).emotion(2).thought(hostile(n[0]++)))
                .stage("s2", hostile(n[0]++), s -> s
                        .touchpoint("t2", hostile(n[0]++)).via("sms").emotion(0))
                .path("p", hostile(n[0]++), "t1", "m1", "t2", "t1")
                .flow(f -> f.steps("t2", "t2").volume(5))
                .build();
    }

    @Test
    void hostile_strings_render_safe_in_every_view_and_theme() {
        JourneyMap map = hostileMap();
        List<Finding> findings = List.of(new Finding(hostile(3), Severity.ERROR, hostile(1), List.of("t1", "s1", "p", "web"),
                Optional.empty()));
        for (View view : View.ofMap()) {
            for (Theme theme : Theme.values()) {
                SvgOptions options = SvgOptions.builder().theme(theme).findings(findings).idPrefix(hostile(2)).build();
                String svg = SvgRenderer.create(options).render(map, view);
                Document doc = assertSafeSvg(svg);
                assertThat(svg).doesNotContain("<script").doesNotContain("<svg onload")
                        .doesNotContain("<!--").doesNotContain("<![CDATA[").doesNotContain("<?pi");
                assertThat(svg.indexOf("<svg ")).isEqualTo(svg.lastIndexOf("<svg "));
                for (String text : texts(doc)) {
                    assertThat(text.length()).as("drawn text is cut to its box").isLessThan(800);
                }
                // the text is shown, escaped, not dropped
                assertThat(svg).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
                assertThat(doc.getDocumentElement().getElementsByTagName("title").item(0).getTextContent())
                        .startsWith("<script>alert(1)</script> #0");
            }
        }
    }

    @Test
    void hostile_strings_render_safe_with_observations_in_every_view_and_theme() {
        JourneyMap map = hostileMap();
        // an undesigned m1 -> t2 and a designed t1 -> m1 nobody else takes: labels, the fallback row, the funnel
        var observed = new Walks(map).add(3, "p", "t1", "m1", "t2", "t1").add(2, null, "m1", "t2", "t2")
                .result();
        for (View view : View.values()) {
            for (Theme theme : Theme.values()) {
                SvgOptions options = SvgOptions.builder().theme(theme).observed(observed).idPrefix(hostile(2)).build();
                String svg = SvgRenderer.create(options).render(map, view);
                Document doc = assertSafeSvg(svg);
                assertThat(svg).doesNotContain("<script").doesNotContain("<svg onload")
                        .doesNotContain("<!--").doesNotContain("<![CDATA[").doesNotContain("<?pi");
                for (String text : texts(doc)) {
                    assertThat(text.length()).as("drawn text is cut to its box").isLessThan(800);
                }
                assertThat(svg).as(view + " shows the text, escaped").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            }
        }
    }

    @Test
    void a_map_of_long_text_ellipsises_every_box() {
        JourneyMap map = hostileMap();
        Document doc = assertSafeSvg(SvgRenderer.create().render(map, View.MAP));
        assertThat(texts(doc)).anyMatch(t -> t.endsWith("\u2026"));
        assertThat(texts(doc).stream().filter(t -> t.startsWith("xxxx"))).allMatch(t -> t.endsWith("\u2026"));
    }
}
