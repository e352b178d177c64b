package dev.journeykit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Moment;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Touchpoint;
import dev.journeykit.core.model.Transition;
import dev.journeykit.core.model.TransitionKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class JourneyGeneratorTest {

    private static final JourneyMap THOUSAND = JourneyGenerator.generate(1000);

    @Test
    void generates_exactly_n_touchpoints_over_the_five_classic_stages() {
        assertThat(THOUSAND.touchpoints()).hasSize(1000);
        assertThat(THOUSAND.stages()).extracting(Stage::id)
                .containsExactly("awareness", "consideration", "decision", "retention", "advocacy");
        assertThat(THOUSAND.stages()).extracting(s -> s.touchpoints().size())
                .containsExactly(150, 250, 200, 250, 150);
    }

    @Test
    void uses_a_dozen_channels_and_four_personas_with_preferences() {
        assertThat(THOUSAND.channels()).hasSize(12);
        Set<String> used = THOUSAND.touchpoints().stream().map(Touchpoint::channelId).collect(Collectors.toSet());
        assertThat(used).containsExactlyInAnyOrderElementsOf(
                THOUSAND.channels().stream().map(Channel::id).toList());
        assertThat(THOUSAND.personas()).hasSize(4);
        assertThat(THOUSAND.personas()).allSatisfy(p -> assertThat(p.preferredChannels()).hasSizeBetween(2, 4));
        assertThat(THOUSAND.personas()).extracting(Persona::id).containsExactly("amber", "ben", "chloe", "dev");
    }

    @Test
    void has_about_three_transitions_per_touchpoint_from_paths_and_flows() {
        int transitions = THOUSAND.transitions().size();
        assertThat(transitions).isBetween(2700, 3300);
        long fromPaths = THOUSAND.transitions().stream().filter(t -> t.persona().isPresent()).count();
        assertThat(fromPaths).isBetween(900L, 1200L);
        assertThat(THOUSAND.paths()).allSatisfy(p -> assertThat(p.steps()).allSatisfy(
                step -> assertThat(THOUSAND.step(step).orElseThrow().isFor(p.persona())).isTrue()));
    }

    @Test
    void about_one_step_in_ten_goes_back_a_stage() {
        long back = THOUSAND.transitions().stream().filter(this::goesBackAStage).count();
        long returns = THOUSAND.transitions().stream().filter(t -> t.kind() == TransitionKind.RETURN).count();
        assertThat(returns).isBetween(60L, 140L);
        assertThat(back).isGreaterThanOrEqualTo(returns);
    }

    private boolean goesBackAStage(Transition t) {
        return THOUSAND.stageIndex(t.to()) < THOUSAND.stageIndex(t.from());
    }

    @Test
    void carries_questions_pains_metrics_fallouts_and_a_few_moments() {
        assertThat(THOUSAND.steps().stream().filter(Moment.class::isInstance).count()).isEqualTo(10);
        assertThat(count(t -> !t.questions().isEmpty())).isBetween(200L, 400L);
        assertThat(count(t -> t.questions().stream().anyMatch(q -> q.answeredBy().isPresent()))).isPositive();
        assertThat(count(t -> !t.pains().isEmpty())).isBetween(150L, 350L);
        assertThat(count(t -> !t.metrics().isEmpty())).isBetween(150L, 350L);
        assertThat(count(t -> !t.fallouts().isEmpty())).isPositive();
        assertThat(count(t -> !t.feedback().isEmpty())).isPositive();
        assertThat(count(Touchpoint::isBrandInitiated)).isBetween(100L, 300L);
        assertThat(count(t -> !t.personas().isEmpty())).isBetween(150L, 350L);
        assertThat(count(t -> !t.backstage().isEmpty())).isPositive();
    }

    private long count(java.util.function.Predicate<Touchpoint> p) {
        return THOUSAND.touchpoints().stream().filter(p).count();
    }

    @Test
    void the_same_seed_gives_the_same_map_and_text_and_another_seed_another() {
        JourneyMap again = JourneyGenerator.generate(1000, JourneyGenerator.DEFAULT_SEED);
        assertThat(again).isEqualTo(THOUSAND);
        assertThat(JourneyText.write(again)).isEqualTo(JourneyText.write(THOUSAND));
        assertThat(FlowDot.write(again)).isEqualTo(FlowDot.write(THOUSAND));
        assertThat(JourneyGenerator.generate(1000, 7)).isNotEqualTo(THOUSAND);
    }

    @Test
    void rebuilding_through_the_fluent_builder_gives_an_equal_map() {
        assertThat(Rebuild.viaBuilder(THOUSAND)).isEqualTo(THOUSAND);
    }

    @Test
    void writes_the_small_map_as_the_golden_journey_text_and_dot() throws IOException {
        JourneyMap map = JourneyGenerator.generate(12);
        assertThat(JourneyText.write(map)).isEqualTo(resource("synthetic-12.journey"));
        assertThat(FlowDot.write(map)).isEqualTo(resource("flow-12.dot"));
    }

    @Test
    void dot_has_one_cluster_a_stage_and_one_edge_a_transition() {
        String dot = FlowDot.write(THOUSAND);
        assertThat(dot.lines().filter(l -> l.startsWith("    subgraph \"cluster_"))).hasSize(5);
        assertThat(dot.lines().filter(l -> l.contains("\" -> \""))).hasSize(THOUSAND.transitions().size());
    }

    @Test
    void quotes_escape_what_the_languages_require() {
        assertThat(JourneyText.quote("say \"hi\" \\ now\n\tand\u0001")).isEqualTo("\"say \\\"hi\\\" \\\\ now\\n\\tand\\u{1}\"");
        assertThat(FlowDot.quote("a \"b\" \\ c\nd")).isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\"");
    }

    @Test
    void rejects_a_size_below_one() {
        assertThatThrownBy(() -> JourneyGenerator.generate(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a generated map needs at least 1 touchpoint, not 0");
    }

    @Property(tries = 60)
    void any_size_and_seed_gives_a_valid_map_of_that_many_touchpoints(
            @ForAll @IntRange(min = 1, max = 400) int n, @ForAll long seed) {
        JourneyMap map = JourneyGenerator.generate(n, seed);
        assertThat(map.touchpoints()).hasSize(n);
        assertThat(JourneyText.write(map)).startsWith("journey \"Synthetic journey of " + n + " touchpoints\" {\n")
                .endsWith("\n}\n");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = JourneyGeneratorTest.class.getResourceAsStream(name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
