package dev.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.model.ChannelKind;
import dev.journeykit.core.model.Direction;
import dev.journeykit.core.model.EmotionScale;
import dev.journeykit.core.model.FeedbackKind;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MapKind;
import dev.journeykit.core.model.Metric;
import dev.journeykit.core.model.MetricUnit;
import dev.journeykit.core.model.Moment;
import dev.journeykit.core.model.PainSeverity;
import dev.journeykit.core.model.Touchpoint;
import dev.journeykit.core.model.TransitionKind;
import dev.journeykit.dsl.JourneyDsl;
import dev.journeykit.render.svg.SvgOptions;
import dev.journeykit.render.svg.SvgRenderer;
import dev.journeykit.render.svg.View;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example maps under {@code examples/maps}: each parses, is in canonical form (so that
 * {@code journey fmt --check} passes and diffs stay small), renders in every view, and together
 * they use every feature of the language.
 */
class ExampleMapsTest {

    static final Path MAPS = Path.of("maps");

    static List<Path> maps() {
        try (Stream<Path> files = Files.list(MAPS)) {
            return files.filter(f -> f.toString().endsWith(".journey")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JourneyMap parse(Path file) {
        return JourneyDsl.parse(file.toString(), read(file));
    }

    static List<JourneyMap> all() {
        return maps().stream().map(ExampleMapsTest::parse).toList();
    }

    @Test
    void holds_the_seven_maps_of_the_examples() {
        assertThat(maps()).extracting(p -> p.getFileName().toString()).containsExactly(
                "contact-center.journey", "grocery-run.journey", "live-chat-blueprint.journey",
                "music-sharing.journey", "satin-pillowcase.journey", "university-admission.journey",
                "vacation-planning.journey");
    }

    @ParameterizedTest
    @MethodSource("maps")
    void is_in_canonical_form(Path file) {
        String text = read(file);
        assertThat(JourneyDsl.format(parse(file))).isEqualTo(text);
        assertThat(JourneyDsl.reformat(file.toString(), text)).isEqualTo(text);
    }

    @ParameterizedTest
    @MethodSource("maps")
    void renders_every_view_with_its_findings(Path file) {
        JourneyMap map = parse(file);
        SvgRenderer renderer = SvgRenderer.create(SvgOptions.builder()
                .findings(Analyzers.defaults().analyze(map).findings()).build());
        for (View view : View.ofMap()) {
            assertThat(renderer.render(map, view)).as(file + " " + view).contains("<svg ").endsWith("</svg>\n");
        }
    }

    /** The findings do not swamp the map: with them it is at most 1.5 times as tall as without. */
    @ParameterizedTest
    @MethodSource("maps")
    void the_map_view_with_findings_is_at_most_half_as_tall_again_as_without(Path file) {
        JourneyMap map = parse(file);
        double plain = height(SvgRenderer.create().render(map, View.MAP));
        double marked = height(SvgRenderer.create(SvgOptions.builder()
                .findings(Analyzers.defaults().analyze(map).findings()).build()).render(map, View.MAP));
        assertThat(Analyzers.defaults().analyze(map).findings()).as(file.toString()).isNotEmpty();
        assertThat(marked).as(file.toString()).isGreaterThan(plain).isLessThanOrEqualTo(1.5 * plain);
    }

    private static double height(String svg) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<svg [^>]*height=\"([0-9.]+)\"").matcher(svg);
        assertThat(m.find()).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @ParameterizedTest
    @MethodSource("maps")
    void every_suppression_silences_a_finding(Path file) {
        var report = Analyzers.defaults().analyze(parse(file));
        assertThat(report.findings("suppression.unused")).as(file.toString()).isEmpty();
        assertThat(report.findings("suppression.unknown-code")).as(file.toString()).isEmpty();
    }

    /**
     * {@code examples/diff} holds the future state of the contact center map, for {@code journey
     * diff}: it is in canonical form, and its DIFF picture marks a step of each kind of change.
     */
    @Test
    void the_contact_center_future_state_is_canonical_and_its_diff_marks_every_kind_of_change() {
        Path future = Path.of("diff", "contact-center-future.journey");
        String text = read(future);
        assertThat(JourneyDsl.format(parse(future))).isEqualTo(text);
        JourneyMap current = parse(MAPS.resolve("contact-center.journey"));
        assertThat(parse(future).kind()).isEqualTo(MapKind.FUTURE_STATE);
        String svg = SvgRenderer.create().renderDiff(current, parse(future));
        assertThat(svg).contains("<rect id=\"jk-step-callback-offer\" class=\"jk-card jk-diff-added\"",
                "<rect id=\"jk-step-hold-queue\" class=\"jk-card jk-diff-removed\"",
                "<rect id=\"jk-step-post-call-survey\" class=\"jk-card jk-diff-moved\"",
                "<rect id=\"jk-step-fault-bot\" class=\"jk-card jk-diff-changed\"",
                "<rect id=\"jk-persona-dev\" class=\"jk-persona jk-diff-changed\"");
    }

    @Test
    void hold_one_map_of_each_kind() {
        assertThat(all().stream().map(JourneyMap::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(MapKind.values());
    }

    @Test
    void use_every_kind_of_channel_feedback_flow_and_pain() {
        List<JourneyMap> maps = all();
        List<Touchpoint> touchpoints = maps.stream().flatMap(m -> m.touchpoints().stream()).toList();
        assertThat(maps.stream().flatMap(m -> m.channels().stream()).map(c -> c.kind()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ChannelKind.values());
        assertThat(touchpoints.stream().flatMap(t -> t.feedback().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(FeedbackKind.values());
        assertThat(maps.stream().flatMap(m -> m.flows().stream()).map(f -> f.kind()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(TransitionKind.values());
        Set<PainSeverity> severities = EnumSet.noneOf(PainSeverity.class);
        touchpoints.forEach(t -> t.pains().forEach(p -> severities.add(p.severity())));
        assertThat(severities).containsExactlyInAnyOrder(PainSeverity.values());
        List<Metric> metrics = touchpoints.stream().flatMap(t -> t.metrics().stream()).toList();
        assertThat(metrics.stream().map(m -> m.value().unit()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(MetricUnit.values());
        assertThat(metrics).as("a metric stated lower-is-better").anyMatch(m -> m.direction() == Direction.LOWER_IS_BETTER
                && Metric.defaultDirection(m.name()) != Direction.LOWER_IS_BETTER);
        assertThat(metrics).as("a metric without a target").anyMatch(m -> m.target().isEmpty());
    }

    @Test
    void use_every_kind_of_statement() {
        List<JourneyMap> maps = all();
        List<Touchpoint> touchpoints = maps.stream().flatMap(m -> m.touchpoints().stream()).toList();
        List<String> missing = new ArrayList<>();
        check(missing, "timeline", maps.stream().anyMatch(m -> m.timeline().isPresent()));
        check(missing, "emotion-scale", maps.stream().anyMatch(m -> !m.emotionScale().equals(EmotionScale.DEFAULT)));
        check(missing, "persona attribute", maps.stream().flatMap(m -> m.personas().stream())
                .anyMatch(p -> !p.attributes().isEmpty()));
        check(missing, "persona pain", maps.stream().flatMap(m -> m.personas().stream()).anyMatch(p -> !p.pains().isEmpty()));
        check(missing, "persona without block", maps.stream().flatMap(m -> m.personas().stream())
                .anyMatch(p -> p.goals().isEmpty() && p.description().isEmpty()));
        check(missing, "stage goal", maps.stream().flatMap(m -> m.stages().stream()).anyMatch(s -> s.goal().isPresent()));
        check(missing, "moment", maps.stream().flatMap(m -> m.steps().stream()).anyMatch(Moment.class::isInstance));
        check(missing, "moment for personas", maps.stream().flatMap(m -> m.steps().stream())
                .anyMatch(s -> s instanceof Moment && s.personas().size() > 1));
        check(missing, "by brand", touchpoints.stream().anyMatch(Touchpoint::isBrandInitiated));
        check(missing, "touchpoint for persona", touchpoints.stream().anyMatch(t -> !t.personas().isEmpty()));
        check(missing, "action", touchpoints.stream().anyMatch(t -> !t.actions().isEmpty()));
        check(missing, "thought", touchpoints.stream().anyMatch(t -> !t.thoughts().isEmpty()));
        check(missing, "question answered-by", touchpoints.stream().flatMap(t -> t.questions().stream())
                .anyMatch(q -> q.answeredBy().isPresent()));
        check(missing, "question unanswered", touchpoints.stream().flatMap(t -> t.questions().stream())
                .anyMatch(q -> q.answeredBy().isEmpty()));
        check(missing, "opportunity", touchpoints.stream().anyMatch(t -> !t.opportunities().isEmpty()));
        check(missing, "owner", touchpoints.stream().anyMatch(t -> t.owner().isPresent()));
        check(missing, "fallout recovered-by", touchpoints.stream().flatMap(t -> t.fallouts().stream())
                .anyMatch(f -> f.recoveredBy().isPresent()));
        check(missing, "frontstage", touchpoints.stream().anyMatch(t -> !t.frontstage().isEmpty()));
        check(missing, "backstage", touchpoints.stream().anyMatch(t -> !t.backstage().isEmpty()));
        check(missing, "support", touchpoints.stream().anyMatch(t -> !t.support().isEmpty()));
        check(missing, "evidence", touchpoints.stream().anyMatch(t -> !t.evidence().isEmpty()));
        check(missing, "path over several lines", maps.stream().flatMap(m -> m.paths().stream())
                .anyMatch(p -> p.steps().size() > 12));
        check(missing, "flow chain with volume", maps.stream().flatMap(m -> m.flows().stream())
                .anyMatch(f -> f.steps().size() > 2 && f.volume().isPresent()));
        check(missing, "suppress on", maps.stream().flatMap(m -> m.suppressions().stream()).anyMatch(s -> s.on().isPresent()));
        check(missing, "suppress everywhere", maps.stream().flatMap(m -> m.suppressions().stream())
                .anyMatch(s -> s.on().isEmpty()));
        assertThat(missing).as("language features no example map uses").isEmpty();
    }

    private static void check(List<String> missing, String feature, boolean used) {
        if (!used) {
            missing.add(feature);
        }
    }
}
