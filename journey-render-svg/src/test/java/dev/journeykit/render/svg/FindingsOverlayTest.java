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

    private static SvgOptions.Builder full(List<dev.journeykit.core.analysis.Finding> findings) {
        return SvgOptions.builder().findings(findings).legend(Legend.FULL);
    }

    @Test
    void the_map_puts_one_badge_on_each_drawn_subject_shaped_by_its_most_severe_finding() {
        Document doc = render(View.MAP);
        List<Element> badges = withClass(doc, "jk-badge");
        // the compact legend draws one of each severity first (error, warning, info); then finding 1 on
        // stage repair and persona sam, 2 on call, 3 on visit: one badge each
        assertThat(badges).hasSize(3 + 4);
        assertThat(withClass(doc, "jk-badge-error")).allMatch(e -> e.getLocalName().equals("rect")).hasSize(2);
        assertThat(withClass(doc, "jk-badge-warning")).allMatch(e -> e.getLocalName().equals("path")).hasSize(3);
        assertThat(withClass(doc, "jk-badge-info")).allMatch(e -> e.getLocalName().equals("circle")).hasSize(2);
        assertThat(badgeTexts(doc)).containsExactly("1", "1", "1", "1", "1", "1", "1");
        assertThat(texts(doc)).contains("Findings (3)", "error", "warning", "info");
    }

    @Test
    void the_map_counts_the_findings_on_an_element_in_one_badge_whose_title_lists_them() {
        Document doc = assertSafeSvg(SvgRenderer.create(SvgOptions.builder().findings(onStageRepair(5)).build())
                .render(SampleMaps.blueprint(), View.MAP));
        // legend: 3 warnings, 2 info; then the stage's one badge, a warning triangle counting 5
        assertThat(badgeTexts(doc)).containsExactly("3", "2", "5");
        Element stageBadge = (Element) withClass(doc, "jk-badge").get(2);
        assertThat(stageBadge.getElementsByTagName("path").getLength()).isEqualTo(1);
        assertThat(stageBadge.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(
                "1. warning coverage.preferred-channel: finding 1; 2. info coverage.preferred-channel: finding 2; "
                        + "3. warning coverage.preferred-channel: finding 3; 4. info coverage.preferred-channel: finding 4; "
                        + "5. warning coverage.preferred-channel: finding 5");
        assertThat(texts(doc)).contains("Findings (5)", "warnings", "info");
    }

    @Test
    void the_full_legend_lists_every_finding_in_order() {
        Document doc = assertSafeSvg(SvgRenderer.create(full(GoldenSvgTest.FINDINGS).build())
                .render(SampleMaps.blueprint(), View.FLOW));
        assertThat(byId(doc, "jk-legend")).isNotNull();
        assertThat(texts(doc)).contains("Findings (3)", "1. warning coverage.preferred-channel",
                "2. error friction.emotion-drop", "3. info coverage.no-feedback", "on call");
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
                new dev.journeykit.core.analysis.Finding("coverage.preferred-channel",
                        dev.journeykit.core.analysis.Severity.WARNING, "gap", List.of("repair", "in-app"),
                        java.util.Optional.empty()))).build()).render(SampleMaps.blueprint(), View.MATRIX));
        assertThat(withClass(doc, "jk-badge")).hasSize(3);
    }

    private static List<dev.journeykit.core.analysis.Finding> onStageRepair(int count) {
        List<dev.journeykit.core.analysis.Finding> findings = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            findings.add(new dev.journeykit.core.analysis.Finding("coverage.preferred-channel",
                    i % 2 == 0 ? dev.journeykit.core.analysis.Severity.WARNING : dev.journeykit.core.analysis.Severity.INFO,
                    "finding " + (i + 1), List.of("repair"), java.util.Optional.empty()));
        }
        return findings;
    }

    private static List<String> badgeTexts(Document doc) {
        return withClass(doc, "jk-badge").stream()
                .map(g -> ((Element) g.getElementsByTagName("text").item(0)).getTextContent())
                .toList();
    }

    @Test
    void with_the_full_legend_badges_that_do_not_fit_on_a_box_become_one_plus_n_that_names_them() {
        Document doc = assertSafeSvg(SvgRenderer.create(full(onStageRepair(14)).build())
                .render(SampleMaps.blueprint(), View.FLOW));
        List<String> texts = badgeTexts(doc);
        // the legend's 14 badges come first, then the stage head's: as many as fit, then +n for the rest
        assertThat(texts.subList(0, 14)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
                "13", "14");
        assertThat(texts.subList(14, texts.size())).containsExactly("1", "2", "3", "4", "5", "6", "+8");
        Element more = withClass(doc, "jk-badge-more").get(0);
        assertThat(((Element) more.getParentNode()).getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("more findings: 7 8 9 10 11 12 13 14");
    }

    @Test
    void with_the_full_legend_a_few_badges_all_show_without_a_plus_n() {
        Document doc = assertSafeSvg(SvgRenderer.create(full(onStageRepair(3)).build())
                .render(SampleMaps.blueprint(), View.FLOW));
        assertThat(badgeTexts(doc)).containsExactly("1", "2", "3", "1", "2", "3");
        assertThat(withClass(doc, "jk-badge-more")).isEmpty();
    }
}
