package dev.journeykit.render.svg;

import static dev.journeykit.render.svg.SvgChecks.assertSafeSvg;
import static dev.journeykit.render.svg.SvgChecks.byId;
import static dev.journeykit.render.svg.SvgChecks.elements;
import static dev.journeykit.render.svg.SvgChecks.texts;
import static dev.journeykit.render.svg.SvgChecks.withClass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.testing.Walks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgRendererTest {

    private static final List<JourneyMap> SAMPLES = List.of(SampleMaps.pillowcase(), SampleMaps.blueprint(),
            SampleMaps.crossingFlow());

    @Test
    void every_view_and_theme_of_the_samples_is_safe_well_formed_svg() {
        for (JourneyMap map : SAMPLES) {
            for (View view : View.ofMap()) {
                for (Theme theme : Theme.values()) {
                    String svg = SvgRenderer.create(SvgOptions.builder().theme(theme).build()).render(map, view);
                    Document doc = assertSafeSvg(svg);
                    assertThat(doc.getDocumentElement().getAttribute("class"))
                            .isEqualTo("jk jk-view-" + view.name().toLowerCase(Locale.ROOT) + " jk-theme-"
                                    + theme.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                }
            }
        }
    }

    @Test
    void same_map_gives_the_same_bytes_through_every_output() throws IOException {
        SvgRenderer renderer = SvgRenderer.create();
        JourneyMap map = SampleMaps.pillowcase();
        for (View view : View.ofMap()) {
            String first = renderer.render(map, view);
            assertThat(renderer.render(SampleMaps.pillowcase(), view)).isEqualTo(first);
            StringWriter w = new StringWriter();
            renderer.render(map, view, w);
            assertThat(w.toString()).isEqualTo(first);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            renderer.render(map, view, bytes);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(first);
        }
    }

    @Test
    void numbers_do_not_depend_on_the_default_locale() {
        Locale before = Locale.getDefault();
        String root = SvgRenderer.create().render(SampleMaps.pillowcase(), View.MAP);
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(SvgRenderer.create().render(SampleMaps.pillowcase(), View.MAP)).isEqualTo(root);
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertThat(SvgRenderer.create().render(SampleMaps.pillowcase(), View.MAP)).isEqualTo(root);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void element_id_names_the_element_that_draws_a_persona_stage_or_step_and_nothing_else() {
        SvgRenderer renderer = SvgRenderer.create(SvgOptions.builder().idPrefix("left").build());
        JourneyMap map = SampleMaps.pillowcase();
        Document doc = assertSafeSvg(renderer.render(map, View.MAP));
        for (String modelId : List.of("product-page", "consideration", "amber")) {
            String id = renderer.elementId(map, modelId).orElseThrow();
            assertThat(byId(doc, id)).as(modelId).isNotNull();
        }
        assertThat(renderer.elementId(map, "product-page")).contains("left-step-product-page");
        assertThat(renderer.elementId(map, "web")).contains("left-channel-web");
        assertThat(renderer.elementId(map, "no-such-thing")).isEmpty();
    }

    @Test
    void ids_derive_from_model_ids_and_the_prefix() {
        SvgRenderer renderer = SvgRenderer.create(SvgOptions.builder().idPrefix("left").build());
        Document doc = assertSafeSvg(renderer.render(SampleMaps.pillowcase(), View.MAP));
        assertThat(byId(doc, "left-step-product-page")).isNotNull();
        assertThat(byId(doc, "left-stage-consideration")).isNotNull();
        assertThat(byId(doc, "left-persona-amber")).isNotNull();
        for (Element e : elements(doc)) {
            if (e.hasAttribute("id")) {
                assertThat(e.getAttribute("id")).startsWith("left-");
            }
        }
    }

    @Test
    void an_unsafe_id_prefix_is_made_a_valid_xml_id() {
        SvgOptions options = SvgOptions.builder().idPrefix("9 \"><x").build();
        assertThat(options.idPrefix()).isEqualTo("x9____x");
        assertSafeSvg(SvgRenderer.create(options).render(SampleMaps.crossingFlow(), View.FLOW));
        assertThatThrownBy(() -> SvgOptions.builder().idPrefix(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("idPrefix must not be empty");
    }

    @Test
    void rejects_a_line_limit_out_of_range() {
        assertThatThrownBy(() -> SvgOptions.builder().maxTextLines(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxTextLines must be between 1 and 20, was 0");
    }

    @Test
    void rejects_a_persona_the_map_does_not_have() {
        SvgRenderer renderer = SvgRenderer.create(SvgOptions.builder().persona("zed").build());
        assertThatThrownBy(() -> renderer.render(SampleMaps.pillowcase(), View.MAP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("journey 'Satin pillowcase, first purchase' has no persona 'zed'");
    }

    @Test
    void rendering_to_a_path_replaces_the_file_whole_and_leaves_no_temporary_file(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("map.svg");
        Files.writeString(file, "old");
        SvgRenderer.create().render(SampleMaps.pillowcase(), View.MAP, file);
        assertThat(Files.readString(file)).isEqualTo(SvgRenderer.create().render(SampleMaps.pillowcase(), View.MAP));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("map.svg");
        }
    }

    @Test
    void a_failed_render_to_a_path_keeps_the_old_file(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("map.svg");
        Files.writeString(file, "old");
        SvgRenderer renderer = SvgRenderer.create(SvgOptions.builder().persona("zed").build());
        assertThatThrownBy(() -> renderer.render(SampleMaps.pillowcase(), View.MAP, file))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readString(file)).isEqualTo("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("map.svg");
        }
    }

    @Test
    void rendering_into_a_missing_directory_fails_and_writes_nothing(@TempDir Path dir) {
        Path file = dir.resolve("missing").resolve("map.svg");
        assertThatThrownBy(() -> SvgRenderer.create().render(SampleMaps.pillowcase(), View.MAP, file))
                .isInstanceOf(IOException.class);
        assertThat(Files.exists(file.getParent())).isFalse();
    }

    @Test
    void map_view_draws_only_the_lanes_the_map_has_data_for() {
        JourneyMap plain = JourneyMaps.journey("Plain").channels(Channels.WEB)
                .stage("s", "Stage", s -> s.touchpoint("a", "A").via("web").action("Clicks"))
                .build();
        List<String> texts = texts(assertSafeSvg(SvgRenderer.create().render(plain, View.MAP)));
        assertThat(texts).contains("Steps", "Actions").doesNotContain("Thoughts", "Questions", "Emotion", "Pains",
                "Opportunities", "Metrics", "Frontstage", "line of interaction");
        List<String> full = texts(assertSafeSvg(SvgRenderer.create().render(SampleMaps.pillowcase(), View.MAP)));
        assertThat(full).contains("Steps", "Actions", "Thoughts", "Questions", "Emotion", "Pains", "Opportunities",
                "Metrics").doesNotContain("Frontstage");
    }

    @Test
    void map_view_of_a_blueprint_draws_the_layers_and_labels_the_three_lines() {
        Document doc = assertSafeSvg(SvgRenderer.create().render(SampleMaps.blueprint(), View.MAP));
        assertThat(texts(doc)).contains("Evidence", "Frontstage", "Backstage", "Support", "line of interaction",
                "line of visibility");
        assertThat(String.join("|", texts(doc))).contains("line of internal");
        assertThat(withClass(doc, "jk-blueprint-line")).hasSize(3);
    }

    @Test
    void map_view_marks_brand_contacts_moments_and_metric_status() {
        Document doc = assertSafeSvg(SvgRenderer.create().render(SampleMaps.pillowcase(), View.MAP));
        assertThat(withClass(doc, "jk-brand")).hasSize(2);
        assertThat(withClass(doc, "jk-moment")).hasSize(1);
        assertThat(byId(doc, "jk-step-morning-frizz").getAttribute("class")).isEqualTo("jk-moment");
        assertThat(texts(doc)).contains("missed target 3%", "met target 4.5", "high: Hair is a mess every morning",
                "brand-initiated", "via Podcast ad", "? Is it real silk?", "answered by: Reads the FAQ");
    }

    @Test
    void emotion_markers_differ_in_shape_by_sign_and_sit_on_the_scale() {
        Document doc = assertSafeSvg(SvgRenderer.create().render(SampleMaps.pillowcase(), View.MAP));
        List<Element> positive = withClass(doc, "jk-emotion-positive");
        List<Element> neutral = withClass(doc, "jk-emotion-neutral");
        List<Element> negative = withClass(doc, "jk-emotion-negative");
        assertThat(positive).hasSize(4);
        assertThat(neutral).hasSize(1);
        assertThat(negative).hasSize(2);
        assertThat(positive.get(0).getAttribute("d")).contains("A6.0,6.0");
        assertThat(neutral.get(0).getAttribute("d")).doesNotContain("A").matches("M[^L]+( L[^L]+){3} Z");
        assertThat(negative.get(0).getAttribute("d")).doesNotContain("A").matches("M[^L]+( L[^L]+){2} Z");
        assertThat(withClass(doc, "jk-baseline")).hasSize(1);
        assertThat(texts(doc)).contains("+2", "+1", "0", "-1", "-2");
    }

    @Test
    void each_persona_has_its_own_emotion_curve_told_apart_by_dash_pattern_and_named_in_a_key() {
        // amber and bo share most steps; the chat is amber's alone
        Document doc = assertSafeSvg(SvgRenderer.create().render(SampleMaps.pillowcase(), View.MAP));
        List<Element> curves = withClass(doc, "jk-curve");
        assertThat(curves).extracting(e -> e.getAttribute("class"))
                .containsExactly("jk-curve jk-edge jk-persona-0", "jk-curve jk-edge jk-persona-1");
        assertThat(curves.get(0).getAttribute("d")).isNotEqualTo(curves.get(1).getAttribute("d"));
        assertThat(withClass(doc, "jk-swatch")).extracting(e -> e.getAttribute("class"))
                .containsExactly("jk-swatch jk-persona-0", "jk-swatch jk-persona-1");
        assertThat(texts(doc)).contains("Amber, 32", "Bo, 58", "only for Amber, 32");
    }

    @Test
    void a_persona_view_has_the_one_curve_of_that_persona_and_no_only_for_notes() {
        Document doc = assertSafeSvg(SvgRenderer.create(SvgOptions.builder().persona("amber").build())
                .render(SampleMaps.pillowcase(), View.MAP));
        assertThat(withClass(doc, "jk-curve")).extracting(e -> e.getAttribute("class")).containsExactly("jk-curve");
        assertThat(withClass(doc, "jk-swatch")).isEmpty();
        assertThat(texts(doc)).noneMatch(t -> t.startsWith("only for"));
        assertThat(byId(doc, "jk-desc").getTextContent()).contains("1 persona.").doesNotContain("personas");
    }

    @Test
    void every_description_writes_one_of_a_thing_in_the_singular() {
        JourneyMap one = JourneyMaps.journey("Solo")
                .persona("ann", "Ann")
                .channels(Channels.WEB)
                .stage("discover", "Discover", s -> s.touchpoint("visit", "Visits the site").via("web"))
                .build();
        ObservedJourney observed = new Walks(one).add(1, null, "visit").result();
        List<Finding> findings = List.of(new Finding("coverage.no-feedback", Severity.INFO, "no feedback",
                List.of("visit"), Optional.empty()));
        SvgRenderer renderer = SvgRenderer.create(SvgOptions.builder().observed(observed).findings(findings).build());
        assertThat(byId(assertSafeSvg(renderer.render(one, View.MAP)), "jk-desc").getTextContent()).isEqualTo(
                "Journey map of 'Solo' (current-state): 1 stage, 1 step, 1 persona, 1 finding; observed 1 customer.");
        assertThat(byId(assertSafeSvg(renderer.render(one, View.FLOW)), "jk-desc").getTextContent()).isEqualTo(
                "Flow of 'Solo', all personas: 1 step in 1 stage, 0 transitions, 1 finding; observed 1 customer.");
        assertThat(byId(assertSafeSvg(renderer.render(one, View.MATRIX)), "jk-desc").getTextContent()).isEqualTo(
                "Coverage matrix of 'Solo', all personas: 1 channel by 1 stage, 1 touchpoint, 0 gaps, 1 finding.");
        Document funnel = assertSafeSvg(renderer.render(one, View.FUNNEL));
        assertThat(byId(funnel, "jk-desc").getTextContent()).isEqualTo(
                "Funnel of 'Solo', all personas: 1 customer, 1 finding; Discover 1 reached.");
        assertThat(texts(funnel)).contains("Funnel, all personas: 1 customer by the furthest stage they reached; hatched: those who left there",
                "Top variants (1 distinct path):", "1. 1 customer (100%): Visits the site");
    }

    @Test
    void a_persona_view_shows_only_that_persona() {
        SvgRenderer bo = SvgRenderer.create(SvgOptions.builder().persona("bo").build());
        Document doc = assertSafeSvg(bo.render(SampleMaps.pillowcase(), View.MAP));
        assertThat(byId(doc, "jk-persona-bo")).isNotNull();
        assertThat(byId(doc, "jk-persona-amber")).isNull();
        assertThat(byId(doc, "jk-step-chat")).isNull();
        assertThat(byId(doc, "jk-step-faq")).isNotNull();
    }

    @Test
    void an_empty_map_renders() {
        JourneyMap empty = JourneyMaps.journey("Empty").build();
        for (View view : View.ofMap()) {
            assertSafeSvg(SvgRenderer.create().render(empty, view));
        }
    }

    @Test
    void two_personas_arrows_between_the_same_steps_run_side_by_side() {
        JourneyMap map = JourneyMaps.journey("Two walkers")
                .persona("p", "Pat")
                .persona("q", "Quinn")
                .channels(Channels.WEB)
                .stage("s1", "One", s -> s.touchpoint("a", "A").via("web"))
                .stage("s2", "Two", s -> s.touchpoint("b", "B").via("web"))
                .path("p", "Pat", "a", "b")
                .path("q", "Quinn", "a", "b")
                .build();
        Document doc = assertSafeSvg(SvgRenderer.create().render(map, View.FLOW));
        String pat = byId(doc, "jk-t-0").getAttribute("d");
        String quinn = byId(doc, "jk-t-1").getAttribute("d");
        // the same box sides, 6 px apart: Pat's arrow above Quinn's at both ends
        double[] p = ends(pat);
        double[] q = ends(quinn);
        assertThat(p[0]).isEqualTo(q[0]);
        assertThat(q[1] - p[1]).isEqualTo(6.0);
        assertThat(p[2]).isEqualTo(q[2]);
        assertThat(q[3] - p[3]).isEqualTo(6.0);
    }

    /** {start x, start y, end x, end y} of path data. */
    private static double[] ends(String d) {
        String[] numbers = d.replaceAll("[MCL]", " ").trim().split("[ ,]+");
        return new double[] {Double.parseDouble(numbers[0]), Double.parseDouble(numbers[1]),
                Double.parseDouble(numbers[numbers.length - 2]), Double.parseDouble(numbers[numbers.length - 1])};
    }

    @Test
    void thick_flow_lines_end_in_a_head_wider_than_themselves_thin_ones_in_the_marker() {
        Document doc = SvgChecks.parse(SvgRenderer.create().render(SampleMaps.crossingFlow(), View.FLOW));
        int thick = 0;
        int thin = 0;
        for (Element line : withClass(doc, "jk-edge")) {
            double w = Double.parseDouble(line.getAttribute("stroke-width"));
            org.w3c.dom.Node next = line.getNextSibling();
            while (next != null && !(next instanceof Element)) {
                next = next.getNextSibling();
            }
            if (w > 3) {
                thick++;
                assertThat(line.getAttribute("marker-end")).isEmpty();
                Element head = (Element) next;
                assertThat(head.getAttribute("class")).startsWith("jk-arrow");
                String[] n = head.getAttribute("d").replaceAll("[MLZ]", " ").trim().split("[ ,]+");
                double[] p = new double[n.length];
                for (int i = 0; i < n.length; i++) {
                    p[i] = Double.parseDouble(n[i]);
                }
                // M tip L base corner L base corner Z: the base is 3 px wider than the line on each side
                assertThat(Math.hypot(p[2] - p[4], p[3] - p[5])).isCloseTo(w + 6, org.assertj.core.data.Offset.offset(0.15));
                // the line stops where the head begins: its end lies 0.9 head widths before the tip
                double[] ends = ends(line.getAttribute("d"));
                assertThat(Math.hypot(ends[2] - p[0], ends[3] - p[1]))
                        .isCloseTo(0.9 * (w + 6), org.assertj.core.data.Offset.offset(0.15));
            } else {
                thin++;
                assertThat(line.getAttribute("marker-end")).startsWith("url(#jk-arrow");
            }
        }
        assertThat(thick).isPositive();
        assertThat(thin).isPositive();
    }
}
