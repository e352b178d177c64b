package dev.journeykit.render.svg;

import static dev.journeykit.render.svg.SvgChecks.assertSafeSvg;
import static dev.journeykit.render.svg.SvgChecks.byId;
import static dev.journeykit.render.svg.SvgChecks.texts;
import static dev.journeykit.render.svg.SvgChecks.withClass;
import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.analysis.CoverageGap;
import dev.journeykit.core.analysis.CoverageMatrix;
import dev.journeykit.core.model.JourneyMap;
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
        // amber prefers live chat and sms and is offered neither only in awareness (consideration has
        // live chat, decision sms); bo prefers phone and is offered it nowhere; loyalty has no steps:
        // exactly the stages coverage.preferred-channel reports, each hatching the persona's preferred cells
        assertThat(withClass(doc, "jk-gap")).hasSize(5 + 1); // five cells and the key
        assertThat(texts(doc)).filteredOn(t -> t.startsWith("gap: "))
                .containsExactly("gap: Amber, 32", "gap: Amber, 32", "gap: Bo, 58", "gap: Bo, 58", "gap: Bo, 58");
        assertThat(withClass(doc, "jk-gap").size() - 1).isEqualTo(preferredChannelCells(SampleMaps.pillowcase()));
        // the first hatched overlay lies inside the first gap cell
        double cellX = Double.parseDouble(byId(doc, "jk-cell-live-chat-awareness").getAttribute("x"));
        double cellY = Double.parseDouble(byId(doc, "jk-cell-live-chat-awareness").getAttribute("y"));
        assertThat(Double.parseDouble(withClass(doc, "jk-gap").get(0).getAttribute("x"))).isEqualTo(cellX + 2);
        assertThat(Double.parseDouble(withClass(doc, "jk-gap").get(0).getAttribute("y"))).isEqualTo(cellY + 2);
        String css = doc.getElementsByTagName("style").item(0).getTextContent();
        assertThat(css).contains(".jk-gap{fill:url(#jk-hatch);");
        assertThat(byId(doc, "jk-hatch").getLocalName()).isEqualTo("pattern");
    }

    /** The cells core's gaps name: each gap's preferred channels that the map has. */
    private static int preferredChannelCells(JourneyMap map) {
        int cells = 0;
        for (CoverageGap gap : CoverageMatrix.of(map).gaps()) {
            cells += (int) gap.preferredChannels().stream().filter(c -> map.channel(c).isPresent()).count();
        }
        return cells;
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
