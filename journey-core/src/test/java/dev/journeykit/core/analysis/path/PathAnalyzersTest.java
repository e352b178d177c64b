package dev.journeykit.core.analysis.path;

import static dev.journeykit.core.analysis.Fixtures.at;
import static dev.journeykit.core.analysis.Fixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMapBuilder;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.Flow;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.PersonaPath;
import dev.journeykit.core.model.TransitionKind;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PathAnalyzersTest {

    static List<Finding> run(Analyzer analyzer, JourneyMap map) {
        return analyzer.analyze(map, AnalysisOptions.defaults());
    }

    /** Four stages a, b, c, d with steps a1, b1, b2, c1, d1 (b2 and d1 with positions). */
    static JourneyMapBuilder four() {
        return JourneyMaps.journey("Four").channels(Channels.WEB).persona("amber", "Amber")
                .stage("a", "A", s -> s.touchpoint("a1", "A1").via("web").at(at(2, 5)))
                .stage("b", "B", s -> s.touchpoint("b1", "B1").via("web").at(at(4, 5))
                        .touchpoint("b2", "B2").via("web").at(at(5, 5)))
                .stage("c", "C", s -> s.touchpoint("c1", "C1").via("web").at(at(7, 5)))
                .stage("d", "D", s -> s.touchpoint("d1", "D1").via("web").at(at(9, 5)));
    }

    static Flow flow(int line, String... steps) {
        return new Flow(List.of(steps), OptionalLong.empty(), TransitionKind.NEXT, Optional.of(at(line, 5)));
    }

    @Test
    void reports_a_transition_into_an_earlier_stage_once_at_its_flow() {
        JourneyMap map = four().flow(flow(12, "a1", "b1", "c1", "b2")).flow(flow(13, "c1", "b2")).build();
        assertThat(run(new StageJumpAnalyzer(), map)).containsExactly(finding("path.backtrack",
                "transition 'c1' -> 'b2' goes back from stage 'c' to the earlier stage 'b': check that the "
                        + "customer is meant to return, and what sends them back", List.of("c1", "b2"), at(12, 5)));
    }

    @Test
    void reports_a_transition_that_jumps_over_stages() {
        JourneyMap map = four().flow(flow(12, "a1", "d1")).build();
        assertThat(run(new StageJumpAnalyzer(), map)).containsExactly(finding("path.stage-skip",
                "transition 'a1' -> 'd1' jumps from stage 'a' to stage 'd' over 'b', 'c': check that the "
                        + "customer may skip them, or add the steps in between", List.of("a1", "d1"), at(12, 5)));
    }

    @Test
    void does_not_report_moves_inside_a_stage_or_to_the_next_one() {
        JourneyMap map = four().flow(flow(12, "a1", "b1", "b2", "c1", "d1")).build();
        assertThat(run(new StageJumpAnalyzer(), map)).isEmpty();
    }

    @Test
    void reports_a_loop_naming_one_concrete_cycle() {
        JourneyMap map = four().flow(flow(12, "a1", "b1", "b2", "c1", "b1")).flow(flow(13, "c1", "d1")).build();
        assertThat(run(new LoopAnalyzer(), map)).containsExactly(finding("path.loop",
                "3 steps form a loop ('b1', 'b2', 'c1'), e.g. b1 -> b2 -> c1 -> b1: make sure customers can "
                        + "leave it, and check what sends them round again", List.of("b1", "b2", "c1"), at(4, 5)));
    }

    @Test
    void reports_a_self_loop() {
        JourneyMap map = four().flow(flow(12, "a1", "b2", "b2", "c1")).build();
        assertThat(run(new LoopAnalyzer(), map)).containsExactly(finding("path.loop",
                "step 'b2' leads back to itself: make sure the customer can move on, and record what makes "
                        + "them repeat it", List.of("b2"), at(5, 5)));
    }

    @Test
    void does_not_report_an_acyclic_map() {
        JourneyMap map = four().flow(flow(12, "a1", "b1", "c1")).flow(flow(13, "a1", "b2", "c1", "d1")).build();
        assertThat(run(new LoopAnalyzer(), map)).isEmpty();
    }

    @Test
    void a_long_cycle_is_cut_short_in_the_message() {
        JourneyMapBuilder b = JourneyMaps.journey("Ring").channels(Channels.WEB);
        String[] ring = new String[13];
        b.stage("s", "S", s -> {
            for (int i = 0; i < 12; i++) {
                s.touchpoint("r" + i, "R").via("web");
            }
        });
        for (int i = 0; i < 12; i++) {
            ring[i] = "r" + i;
        }
        ring[12] = "r0";
        List<Finding> found = run(new LoopAnalyzer(), b.flow(ring).build());
        assertThat(found).extracting(Finding::message).containsExactly("12 steps form a loop ('r0', 'r1', "
                + "'r2', 'r3', 'r4', 'r5', 'r6', 'r7' and 4 more), e.g. r0 -> r1 -> r2 -> r3 -> r4 -> r5 -> r6 "
                + "-> r7 -> ... (12 steps) -> r0: make sure customers can leave it, and check what sends them "
                + "round again");
        assertThat(found.get(0).subjects()).hasSize(12);
    }

    @Test
    void reports_more_than_one_entry_step() {
        JourneyMap map = four().flow(flow(12, "a1", "c1")).flow(flow(13, "b2", "c1")).build();
        assertThat(run(new EntryAnalyzer(), map)).containsExactly(finding("path.multiple-entries",
                "the journey has 2 entry steps ('a1', 'b2'): customers start in more than one place; check "
                        + "that each start is intended, or connect them with flows", List.of("a1", "b2"), at(2, 5)));
    }

    @Test
    void does_not_report_a_single_entry_even_with_a_loop_back() {
        JourneyMap map = four().flow(flow(12, "a1", "b1", "c1", "b1")).build();
        assertThat(run(new EntryAnalyzer(), map)).isEmpty();
    }

    @Test
    void reports_a_persona_path_that_revisits_and_goes_back() {
        JourneyMap map = four().path(new PersonaPath("amber", "Buys", List.of("a1", "b1", "c1", "b1", "c1", "d1"),
                Optional.of(at(14, 5)))).build();
        assertThat(run(new NonLinearPathAnalyzer(), map)).containsExactly(finding("path.non-linear",
                "path \"Buys\" of persona 'amber' revisits a step 2 times and goes back a stage once: check "
                        + "whether the detours are intended or a sign of friction", List.of("amber"), at(14, 5)));
    }

    @Test
    void does_not_report_a_linear_persona_path() {
        JourneyMap map = four().path("amber", "Buys", "a1", "b1", "b2", "c1", "d1").build();
        assertThat(run(new NonLinearPathAnalyzer(), map)).isEmpty();
    }

    @Test
    void a_persona_path_that_returns_after_a_backtrack_skips_nothing() {
        JourneyMap map = four().path(new PersonaPath("amber", "Returns", List.of("a1", "b1", "c1", "a1", "c1", "d1"),
                Optional.of(at(14, 5)))).build();
        assertThat(run(new StageJumpAnalyzer(), map)).isEmpty();
    }

    @Test
    void a_persona_path_skips_the_stages_it_has_not_been_in_and_names_only_those() {
        JourneyMap map = four().path(new PersonaPath("amber", "Jumps", List.of("a1", "b1", "a1", "d1"),
                Optional.of(at(14, 5)))).build();
        assertThat(run(new StageJumpAnalyzer(), map)).containsExactly(finding("path.stage-skip",
                "transition 'a1' -> 'd1' jumps from stage 'a' to stage 'd' over 'c': check that the customer may "
                        + "skip it, or add the steps in between", List.of("a1", "d1"), at(14, 5)));
    }

    @Test
    void a_flow_keeps_the_plain_rule_even_for_a_pair_a_path_takes_after_a_backtrack() {
        JourneyMap map = four().path(new PersonaPath("amber", "Returns", List.of("a1", "b1", "c1", "a1", "c1"),
                Optional.of(at(14, 5)))).flow(flow(15, "a1", "c1")).build();
        assertThat(run(new StageJumpAnalyzer(), map)).extracting(Finding::code, Finding::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("path.stage-skip", Optional.of(at(15, 5))));
    }

    @Test
    void a_move_back_on_a_persona_path_is_path_non_linear_s_unless_that_code_is_off() {
        JourneyMap map = four().path(new PersonaPath("amber", "Back", List.of("a1", "b1", "c1", "b2"),
                Optional.of(at(14, 5)))).flow(flow(15, "c1", "b2")).build();
        assertThat(run(new StageJumpAnalyzer(), map)).isEmpty();
        assertThat(new StageJumpAnalyzer().analyze(map, AnalysisOptions.builder().disable("path.non-linear").build()))
                .extracting(Finding::code, Finding::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("path.backtrack", Optional.of(at(14, 5))));
        assertThat(run(new NonLinearPathAnalyzer(), map)).extracting(Finding::message).containsExactly(
                "path \"Back\" of persona 'amber' goes back a stage once: check whether the detours are "
                        + "intended or a sign of friction");
    }

    /** Two personas, each starting at a step of its own, and a flow between steps open to both. */
    static JourneyMapBuilder twoPersonas() {
        return JourneyMaps.journey("Two").channels(Channels.WEB).persona("amber", "Amber").persona("ben", "Ben")
                .stage("a", "A", s -> s.touchpoint("ad", "Ad").via("web").forPersonas("amber").at(at(2, 5))
                        .touchpoint("post", "Post").via("web").forPersonas("ben").at(at(3, 5))
                        .touchpoint("home", "Home").via("web").at(at(4, 5))
                        .touchpoint("search", "Search").via("web").at(at(5, 5)))
                .stage("b", "B", s -> s.touchpoint("buy", "Buy").via("web").at(at(7, 5)));
    }

    @Test
    void personas_that_each_start_at_their_own_step_have_one_entry_each() {
        JourneyMap map = twoPersonas().path("amber", "A", "ad", "buy").path("ben", "B", "post", "buy").build();
        assertThat(run(new EntryAnalyzer(), map)).isEmpty();
    }

    @Test
    void a_persona_with_two_entries_is_one_finding_about_that_persona() {
        JourneyMap map = twoPersonas().path("amber", "A", "ad", "buy").path("amber", "A2", "home", "buy")
                .path("ben", "B", "post", "buy").build();
        assertThat(run(new EntryAnalyzer(), map)).containsExactly(finding("path.multiple-entries",
                "persona 'amber' has 2 entry steps ('ad', 'home'): this customer starts in more than one place; "
                        + "check that each start is intended, or connect them with flows",
                List.of("ad", "home", "amber"), at(2, 5)));
    }

    @Test
    void entries_open_to_every_persona_are_one_finding_about_the_map() {
        JourneyMap map = twoPersonas().flow(flow(12, "home", "buy")).flow(flow(13, "search", "buy")).build();
        assertThat(run(new EntryAnalyzer(), map)).containsExactly(finding("path.multiple-entries",
                "the journey has 2 entry steps ('home', 'search'): customers start in more than one place; check "
                        + "that each start is intended, or connect them with flows", List.of("home", "search"),
                at(4, 5)));
    }
}
