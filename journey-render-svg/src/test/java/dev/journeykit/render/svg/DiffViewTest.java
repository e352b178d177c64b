package dev.journeykit.render.svg;

import static dev.journeykit.render.svg.SvgChecks.assertSafeSvg;
import static dev.journeykit.render.svg.SvgChecks.byId;
import static dev.journeykit.render.svg.SvgChecks.texts;
import static dev.journeykit.render.svg.SvgChecks.withClass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.diff.MapDiff;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MetricValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The DIFF picture: the new map with every change marked, ghosts where removed elements were, two curves. */
class DiffViewTest {

    private static final String SVG = SvgRenderer.create()
            .renderDiff(SampleMaps.pillowcase(), SampleMaps.pillowcaseFuture());
    private static final Document DOC = assertSafeSvg(SVG);

    private static List<String> classes(String id) {
        Element e = byId(DOC, id);
        assertThat(e).as("element #%s", id).isNotNull();
        return Arrays.asList(e.getAttribute("class").split(" "));
    }

    /** The text drawn first after the element with {@code id} (its box's first piece), its lines joined by a space. */
    private static String firstText(String id) {
        int at = SVG.indexOf("id=\"" + id + "\"");
        int text = SVG.indexOf("<text", at);
        String element = SVG.substring(SVG.indexOf('>', text) + 1, SVG.indexOf("</text>", text));
        return element.replace("</tspan><tspan", " <tspan").replaceAll("<[^>]*>", "");
    }

    @Test
    void added_elements_have_the_added_outline_and_words() {
        assertThat(classes("jk-step-size-guide")).containsExactly("jk-card", "jk-diff-added");
        assertThat(classes("jk-stage-advocacy")).containsExactly("jk-stage", "jk-diff-added");
        assertThat(classes("jk-persona-cleo")).containsExactly("jk-persona", "jk-diff-added");
        assertThat(firstText("jk-step-size-guide")).isEqualTo("+ added");
        assertThat(firstText("jk-persona-cleo")).isEqualTo("+ added");
    }

    @Test
    void removed_elements_are_ghosts_where_they_were() {
        assertThat(classes("jk-step-faq")).containsExactly("jk-card", "jk-diff-removed");
        assertThat(classes("jk-stage-loyalty")).containsExactly("jk-stage", "jk-diff-removed");
        assertThat(classes("jk-persona-bo")).containsExactly("jk-persona", "jk-diff-removed");
        assertThat(((Element) byId(DOC, "jk-step-faq").getParentNode()).getAttribute("class")).isEqualTo("jk-diff-ghost");
        assertThat(firstText("jk-step-faq")).isEqualTo("\u2212 removed");
        // the FAQ followed the product page in the old map: its ghost is right after it, before the size guide
        assertThat(SVG.indexOf("id=\"jk-step-product-page\"")).isLessThan(SVG.indexOf("id=\"jk-step-faq\""));
        assertThat(SVG.indexOf("id=\"jk-step-faq\"")).isLessThan(SVG.indexOf("id=\"jk-step-size-guide\""));
        // the loyalty stage followed the decision: its ghost column is between decision and advocacy
        double decision = x("jk-stage-decision");
        assertThat(x("jk-stage-loyalty")).isGreaterThan(decision).isLessThan(x("jk-stage-advocacy"));
    }

    private static double x(String id) {
        return Double.parseDouble(byId(DOC, id).getAttribute("x"));
    }

    @Test
    void moved_and_reordered_steps_say_where_from() {
        assertThat(classes("jk-step-chat")).containsExactly("jk-card", "jk-diff-moved");
        assertThat(firstText("jk-step-chat")).isEqualTo("\u2192 moved from Consideration");
        assertThat(texts(DOC)).contains("\u2192 moved from Consideration", "\u2192 moved from place 2",
                "\u2192 moved from place 1");
        assertThat(classes("jk-step-morning-frizz")).containsExactly("jk-moment", "jk-diff-moved");
    }

    @Test
    void changed_elements_list_what_changed() {
        assertThat(classes("jk-step-checkout")).containsExactly("jk-card", "jk-diff-changed");
        assertThat(classes("jk-step-product-page")).containsExactly("jk-card", "jk-diff-changed");
        assertThat(classes("jk-persona-amber")).containsExactly("jk-persona", "jk-diff-changed");
        assertThat(texts(DOC)).contains("~ changed: emotion 0 \u2192 +1", "~ changed: conversion 2.1% \u2192 3.4% (better)",
                "~ changed: emotion +1 \u2192 0");
        assertThat(classes("jk-step-podcast-review")).containsExactly("jk-card", "jk-diff-moved");
        assertThat(classes("jk-step-review-request")).containsExactly("jk-card", "jk-diff-added");
    }

    @Test
    void what_an_added_or_removed_step_holds_is_not_marked_changed_besides() {
        JourneyMap before = JourneyMaps.journey("Support")
                .channel("phone", "Phone")
                .stage("help", "Help", s -> s
                        .touchpoint("queue", "Waits in the queue").via("phone").emotion(-2)
                        .metric("wait", MetricValue.number(9), MetricValue.number(2)))
                .build();
        JourneyMap after = JourneyMaps.journey("Support")
                .channel("phone", "Phone")
                .stage("help", "Help", s -> s
                        .touchpoint("callback", "Gets a callback").via("phone").emotion(1)
                        .metric("fcr", MetricValue.percent(78), MetricValue.percent(75)))
                .build();
        assertThat(MapDiff.compare(before, after).counts()).containsEntry("metric.added", 1)
                .containsEntry("metric.removed", 1);
        Document doc = assertSafeSvg(SvgRenderer.create().renderDiff(before, after));
        assertThat(byId(doc, "jk-step-callback").getAttribute("class")).isEqualTo("jk-card jk-diff-added");
        assertThat(byId(doc, "jk-step-queue").getAttribute("class")).isEqualTo("jk-card jk-diff-removed");
        assertThat(texts(doc)).noneMatch(t -> t.startsWith("~ changed:")).contains("~ changed (dash-dot): 0");
    }

    @Test
    void unchanged_elements_have_no_mark() {
        assertThat(classes("jk-stage-awareness")).containsExactly("jk-stage");
        assertThat(classes("jk-stage-consideration")).containsExactly("jk-stage");
    }

    @Test
    void both_curves_are_drawn_the_old_one_through_the_ghosts() {
        assertThat(withClass(DOC, "jk-diff-old-curve")).hasSize(2); // the curve and its swatch
        // one hollow point per old step with an emotion that is drawn: all seven old steps
        assertThat(withClass(DOC, "jk-diff-old-point")).hasSize(7);
        assertThat(SVG).contains("<title>Reads the FAQ: -1 (before)</title>");
        assertThat(texts(DOC)).contains("now", "before");
    }

    @Test
    void the_key_explains_and_counts_every_mark() {
        assertThat(texts(DOC)).contains("Changes", "+ added: 4", "\u2212 removed (faded, dotted): 3",
                "\u2192 moved (long dashes): 3", "~ changed (dash-dot): 4");
        assertThat(withClass(DOC, "jk-diff-sample")).hasSize(4);
        assertThat(DOC.getDocumentElement().getAttribute("class")).isEqualTo("jk jk-view-diff jk-theme-light");
    }

    @Test
    void title_and_description_say_what_changed_with_plurals() {
        Element root = DOC.getDocumentElement();
        assertThat(root.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Satin pillowcase, first purchase - changes");
        assertThat(byId(DOC, "jk-desc").getTextContent()).isEqualTo("Changes from 'Satin pillowcase, first purchase' "
                + "(current-state) to 'Satin pillowcase, first purchase' (future-state), drawn on the new map: 4 stages, "
                + "8 steps, 2 personas. 1 stage added, 1 stage removed, 2 steps added, 1 step removed, 3 steps moved, "
                + "3 steps changed, 1 persona added, 1 persona removed, 1 persona changed. Removed elements are drawn "
                + "faded with a dotted outline; the old emotion curve is dashed. Not drawn: the kind changed, "
                + "3 coverage cells changed, 11 findings introduced, 9 findings resolved.");
    }

    @Test
    void a_map_compared_with_itself_has_no_marks_and_says_so() {
        String svg = SvgRenderer.create().renderDiff(SampleMaps.pillowcase(), SampleMaps.pillowcase());
        Document doc = assertSafeSvg(svg);
        for (String mark : List.of("added", "removed", "moved", "changed")) {
            // only the key's sample of each
            assertThat(withClass(doc, "jk-diff-" + mark)).singleElement()
                    .satisfies(e -> assertThat(e.getAttribute("class")).isEqualTo("jk-diff-sample jk-diff-" + mark));
        }
        assertThat(byId(doc, "jk-desc").getTextContent()).endsWith("drawn on the new map: 4 stages, 7 steps, "
                + "2 personas. No stage, step or persona changed. The old emotion curve is dashed.");
        assertThat(texts(doc)).contains("+ added: 0", "\u2212 removed (faded, dotted): 0");
    }

    @Test
    void is_deterministic_and_the_comparison_may_be_given() {
        MapDiff diff = MapDiff.compare(SampleMaps.pillowcase(), SampleMaps.pillowcaseFuture());
        assertThat(SvgRenderer.create().renderDiff(diff)).isEqualTo(SVG);
        assertThat(SvgRenderer.create().renderDiff(SampleMaps.pillowcase(), SampleMaps.pillowcaseFuture()))
                .isEqualTo(SVG);
    }

    @Test
    void rejects_nulls_by_name() {
        SvgRenderer renderer = SvgRenderer.create();
        assertThatThrownBy(() -> renderer.renderDiff(null, SampleMaps.pillowcase()))
                .isInstanceOf(NullPointerException.class).hasMessage("before must not be null");
        assertThatThrownBy(() -> renderer.renderDiff(SampleMaps.pillowcase(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("after must not be null");
        assertThatThrownBy(() -> renderer.renderDiff(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("diff must not be null");
        MapDiff diff = MapDiff.compare(SampleMaps.pillowcase(), SampleMaps.pillowcase());
        assertThatThrownBy(() -> renderer.renderDiff(diff, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("file must not be null");
    }

    @Test
    void writes_the_file_whole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pillowcase-diff.svg");
        SvgRenderer.create().renderDiff(MapDiff.compare(SampleMaps.pillowcase(), SampleMaps.pillowcaseFuture()), file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(SVG);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void a_persona_walks_both_maps() {
        String svg = SvgRenderer.create(SvgOptions.builder().persona("amber").build())
                .renderDiff(SampleMaps.pillowcase(), SampleMaps.pillowcaseFuture());
        Document doc = assertSafeSvg(svg);
        assertThat(byId(doc, "jk-persona-bo")).isNull();
        assertThat(byId(doc, "jk-persona-cleo")).isNull();
        assertThat(byId(doc, "jk-step-faq")).isNotNull();
        assertThatThrownBy(() -> SvgRenderer.create(SvgOptions.builder().persona("bo").build())
                .renderDiff(SampleMaps.pillowcase(), SampleMaps.pillowcaseFuture()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("journey 'Satin pillowcase, first purchase' has no persona 'bo'");
    }

    @Test
    void findings_of_the_new_map_are_badged_and_never_on_a_ghost() {
        String svg = SvgRenderer.create(SvgOptions.builder().findings(GoldenSvgTest.FINDINGS).build())
                .renderDiff(SampleMaps.pillowcase(), SampleMaps.pillowcaseFuture());
        assertSafeSvg(svg);
        assertThat(svg).contains("Findings (3)");
    }

    @Test
    void hostile_names_in_either_map_are_escaped() {
        JourneyMap hostile = HostileTextTest.hostileMap();
        JourneyMap other = JourneyMaps.journey(HostileTextTest.hostile(7))
                .channel("web", HostileTextTest.hostile(8))
                .stage("gone", HostileTextTest.hostile(5), s -> s
                        .touchpoint("was", HostileTextTest.hostile(6)).via("web").emotion(1))
                .stage("s1", HostileTextTest.hostile(4), s -> s
                        .touchpoint("t1", HostileTextTest.hostile(9)).via("web").emotion(2))
                .build();
        for (Theme theme : Theme.values()) {
            for (JourneyMap[] pair : new JourneyMap[][] {{other, hostile}, {hostile, other}}) {
                String svg = SvgRenderer.create(SvgOptions.builder().theme(theme).idPrefix(HostileTextTest.hostile(2))
                        .build()).renderDiff(pair[0], pair[1]);
                Document doc = assertSafeSvg(svg);
                assertThat(svg).doesNotContain("<script").doesNotContain("<svg onload")
                        .doesNotContain("<!--").doesNotContain("<![CDATA[").doesNotContain("<?pi");
                assertThat(svg.indexOf("<svg ")).isEqualTo(svg.lastIndexOf("<svg "));
                assertThat(svg).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
                for (String text : texts(doc)) {
                    assertThat(text.length()).as("drawn text is cut to its box").isLessThan(800);
                }
                assertThat(withClass(doc, "jk-diff-ghost")).isNotEmpty();
            }
        }
    }
}
