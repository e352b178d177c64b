package dev.journeykit.render.svg;

import static dev.journeykit.render.svg.SvgChecks.assertSafeSvg;
import static dev.journeykit.render.svg.SvgChecks.byId;
import static dev.journeykit.render.svg.SvgChecks.texts;
import static dev.journeykit.render.svg.SvgChecks.withClass;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class FindingsOverlayTest {

    private static Document render(View view) {
        return assertSafeSvg(SvgRenderer.create(SvgOptions.builder().findings(GoldenSvgTest.FINDINGS).build())
                .render(SampleMaps.blueprint(), view));
    }

    @Test
    void every_drawn_subject_gets_a_numbered_badge_shaped_by_severity() {
        Document doc = render(View.MAP);
        List<Element> badges = withClass(doc, "jk-badge");
        // the legend draws one of each first; then finding 1 on stage repair and persona sam, 2 on call, 3 on visit
        assertThat(badges).hasSize(4 + 3);
        assertThat(withClass(doc, "jk-badge-error")).allMatch(e -> e.getLocalName().equals("rect")).hasSize(2);
        assertThat(withClass(doc, "jk-badge-warning")).allMatch(e -> e.getLocalName().equals("path")).hasSize(3);
        assertThat(withClass(doc, "jk-badge-info")).allMatch(e -> e.getLocalName().equals("circle")).hasSize(2);
        assertThat(withClass(doc, "jk-badge-text")).extracting(Element::getTextContent)
                .containsExactly("1", "2", "3", "1", "1", "2", "3");
    }

    @Test
    void the_legend_lists_every_finding_in_order() {
        Document doc = render(View.FLOW);
        assertThat(byId(doc, "jk-legend")).isNotNull();
        assertThat(texts(doc)).contains("Findings (3)", "1. warning coverage.channel-gap",
                "2. error friction.negative-emotion", "3. info coverage.no-feedback", "on call");
    }

    @Test
    void without_findings_there_is_no_badge_and_no_legend() {
        Document doc = assertSafeSvg(SvgRenderer.create().render(SampleMaps.blueprint(), View.MAP));
        assertThat(withClass(doc, "jk-badge")).isEmpty();
        assertThat(byId(doc, "jk-legend")).isNull();
    }

    @Test
    void the_matrix_badges_stage_and_channel_heads() {
        Document doc = assertSafeSvg(SvgRenderer.create(SvgOptions.builder().findings(List.of(
                new dev.journeykit.core.analysis.Finding("coverage.channel-gap",
                        dev.journeykit.core.analysis.Severity.WARNING, "gap", List.of("repair", "in-app"),
                        java.util.Optional.empty()))).build()).render(SampleMaps.blueprint(), View.MATRIX));
        assertThat(withClass(doc, "jk-badge")).hasSize(3);
    }
}
