package dev.journeykit.render.svg;

import static dev.journeykit.render.svg.SvgChecks.assertSafeSvg;
import static dev.journeykit.render.svg.SvgChecks.byId;
import static dev.journeykit.render.svg.SvgChecks.texts;
import static dev.journeykit.render.svg.SvgChecks.withClass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.observed.ObservedAnalyzers;
import dev.journeykit.core.model.JourneyMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@link Legend}: what each legend draws in every view, on the sample map with its analyzers'
 * and its observation's findings.
 */
class LegendTest {

    private static final JourneyMap MAP = SampleMaps.pillowcase();

    private static List<Finding> findings() {
        List<Finding> all = new ArrayList<>(Analyzers.defaults().analyze(MAP).findings());
        all.addAll(ObservedAnalyzers.analyze(MAP, SampleObservations.pillowcase(), AnalysisOptions.defaults())
                .findings());
        return all;
    }

    private static SvgOptions.Builder options() {
        return SvgOptions.builder().observed(SampleObservations.pillowcase());
    }

    private static String render(View view, Legend legend) {
        return SvgRenderer.create(options().findings(findings()).legend(legend).build()).render(MAP, view);
    }

    /** Each badge as its text and its title. */
    private static List<String> badges(Document doc) {
        return withClass(doc, "jk-badge").stream()
                .map(g -> ((Element) g.getElementsByTagName("text").item(0)).getTextContent() + " | "
                        + g.getElementsByTagName("title").item(0).getTextContent())
                .toList();
    }

    private static double height(String svg) {
        Matcher m = Pattern.compile("<svg [^>]*height=\"([0-9.]+)\"").matcher(svg);
        assertThat(m.find()).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void compact_is_the_default() {
        assertThat(SvgOptions.defaults().legend()).isEqualTo(Legend.COMPACT);
        for (View view : View.values()) {
            assertThat(SvgRenderer.create(options().findings(findings()).build()).render(MAP, view)).as("%s", view)
                    .isEqualTo(render(view, Legend.COMPACT));
        }
    }

    @Test
    void a_null_legend_is_refused_by_name() {
        assertThatThrownBy(() -> SvgOptions.builder().legend(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("legend must not be null");
    }

    @ParameterizedTest
    @EnumSource(View.class)
    void the_full_legend_lists_every_finding_with_its_number(View view) {
        List<Finding> findings = findings();
        Document doc = assertSafeSvg(render(view, Legend.FULL));
        assertThat(byId(doc, "jk-legend")).isNotNull();
        List<String> texts = texts(doc);
        assertThat(texts).contains("Findings (" + findings.size() + ")");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            assertThat(texts).contains((i + 1) + ". " + f.severity().keyword() + " " + f.code());
        }
        // the legend's own badges come first: one numbered badge per finding, in order
        List<String> badges = badges(doc);
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            assertThat(badges.get(i)).isEqualTo((i + 1) + " | " + f.severity().keyword() + " " + f.code() + ": "
                    + f.message());
        }
        assertThat(texts).doesNotContain("The full list: journey check, or --legend full.");
    }

    @ParameterizedTest
    @EnumSource(View.class)
    void the_compact_legend_counts_the_findings_per_severity_and_lists_none(View view) {
        List<Finding> findings = findings();
        Document doc = assertSafeSvg(render(view, Legend.COMPACT));
        assertThat(byId(doc, "jk-legend")).isNotNull();
        List<String> texts = texts(doc);
        assertThat(texts).contains("Findings (" + findings.size() + ")", "warnings", "info")
                .anyMatch(t -> t.startsWith("A badge counts the findings on its element"));
        assertThat(texts).noneMatch(t -> t.matches("[0-9]+\\. (error|warning|info) .*"));
        long warnings = findings.stream().filter(f -> f.severity().keyword().equals("warning")).count();
        long infos = findings.stream().filter(f -> f.severity().keyword().equals("info")).count();
        assertThat(badges(doc).subList(0, 2)).containsExactly(warnings + " | " + warnings + " warning",
                infos + " | " + infos + " info");
    }

    @ParameterizedTest
    @EnumSource(View.class)
    void no_legend_keeps_the_compact_legends_counting_badges_and_draws_no_legend(View view) {
        Document none = assertSafeSvg(render(view, Legend.NONE));
        Document compact = assertSafeSvg(render(view, Legend.COMPACT));
        assertThat(byId(none, "jk-legend")).isNull();
        assertThat(texts(none)).noneMatch(t -> t.startsWith("Findings (") || t.startsWith("A badge counts"));
        List<String> onElements = badges(compact).subList(2, badges(compact).size());
        assertThat(onElements).isNotEmpty();
        assertThat(badges(none)).isEqualTo(onElements);
        // a counting badge holds the number of findings its title lists
        for (String badge : onElements) {
            String[] parts = badge.split(" \\| ", 2);
            assertThat(parts[1].split("; [0-9]+\\. ")).as(badge).hasSize(Integer.parseInt(parts[0]));
        }
    }

    @ParameterizedTest
    @EnumSource(View.class)
    void no_legend_is_no_taller_than_compact_which_is_shorter_than_full(View view) {
        double plain = height(SvgRenderer.create(options().build()).render(MAP, view));
        double none = height(render(view, Legend.NONE));
        double compact = height(render(view, Legend.COMPACT));
        double full = height(render(view, Legend.FULL));
        assertThat(none).isGreaterThanOrEqualTo(plain).isLessThanOrEqualTo(compact);
        assertThat(compact).isLessThan(full);
        assertThat(compact).isLessThanOrEqualTo(1.5 * plain);
    }

    @ParameterizedTest
    @EnumSource(Legend.class)
    void every_legend_draws_the_same_bytes_every_time(Legend legend) {
        for (View view : View.values()) {
            assertThat(render(view, legend)).as("%s", view).isEqualTo(render(view, legend));
        }
    }

    @ParameterizedTest
    @EnumSource(Legend.class)
    void without_findings_the_legend_changes_nothing(Legend legend) {
        for (View view : View.values()) {
            assertThat(SvgRenderer.create(options().legend(legend).build()).render(MAP, view)).as("%s", view)
                    .isEqualTo(SvgRenderer.create(options().build()).render(MAP, view));
        }
    }
}
