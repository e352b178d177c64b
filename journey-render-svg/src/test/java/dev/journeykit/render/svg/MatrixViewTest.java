package dev.journeykit.render.svg;

import static dev.journeykit.render.svg.SvgChecks.assertSafeSvg;
import static dev.journeykit.render.svg.SvgChecks.byId;
import static dev.journeykit.render.svg.SvgChecks.texts;
import static dev.journeykit.render.svg.SvgChecks.withClass;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class MatrixViewTest {

    @Test
    void cells_count_touchpoints_by_stage_and_channel() {
        Document doc = assertSafeSvg(SvgRenderer.create().render(SampleMaps.pillowcase(), View.MATRIX));
        assertThat(byId(doc, "jk-cell-web-consideration").getAttribute("class")).isEqualTo("jk-heat-4");
        assertThat(byId(doc, "jk-cell-web-decision").getAttribute("class")).isEqualTo("jk-heat-2");
        assertThat(byId(doc, "jk-cell-phone-loyalty").getAttribute("class")).isEqualTo("jk-heat-0");
        assertThat(texts(doc)).filteredOn(t -> t.matches("\\d+")).hasSize(5 * 4);
    }

    @Test
    void gaps_are_hatched_outlined_and_named_for_every_persona() {
        Document doc = assertSafeSvg(SvgRenderer.create().render(SampleMaps.pillowcase(), View.MATRIX));
        // amber prefers live chat and sms; bo prefers phone; loyalty has no steps, so no gaps there
        assertThat(withClass(doc, "jk-gap")).hasSize(7 + 1); // seven cells and the key
        assertThat(texts(doc)).filteredOn(t -> t.startsWith("gap: "))
                .containsExactly("gap: Amber, 32", "gap: Amber, 32", "gap: Amber, 32", "gap: Amber, 32", "gap: Bo, 58",
                        "gap: Bo, 58", "gap: Bo, 58");
        // the first hatched overlay lies inside the first gap cell
        double cellX = Double.parseDouble(byId(doc, "jk-cell-live-chat-awareness").getAttribute("x"));
        double cellY = Double.parseDouble(byId(doc, "jk-cell-live-chat-awareness").getAttribute("y"));
        assertThat(Double.parseDouble(withClass(doc, "jk-gap").get(0).getAttribute("x"))).isEqualTo(cellX + 2);
        assertThat(Double.parseDouble(withClass(doc, "jk-gap").get(0).getAttribute("y"))).isEqualTo(cellY + 2);
        String css = doc.getElementsByTagName("style").item(0).getTextContent();
        assertThat(css).contains(".jk-gap{fill:url(#jk-hatch);");
        assertThat(byId(doc, "jk-hatch").getLocalName()).isEqualTo("pattern");
    }

    @Test
    void a_persona_matrix_counts_and_gaps_only_for_that_persona() {
        Document doc = assertSafeSvg(SvgRenderer.create(SvgOptions.builder().persona("bo").build())
                .render(SampleMaps.pillowcase(), View.MATRIX));
        assertThat(texts(doc)).filteredOn(t -> t.startsWith("gap: ")).containsOnly("gap: Bo, 58").hasSize(3);
        assertThat(byId(doc, "jk-cell-live-chat-consideration").getAttribute("class")).isEqualTo("jk-heat-0");
        assertThat(texts(doc)).anyMatch(t -> t.contains("Coverage matrix, for Bo, 58"));
    }
}
