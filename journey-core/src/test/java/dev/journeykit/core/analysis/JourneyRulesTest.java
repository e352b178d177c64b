package dev.journeykit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyRulesTest {

    private static JourneyMap shop() {
        return JourneyMaps.journey("Shop").channels(Channels.standard())
                .persona("amber", "Amber", p -> p.prefers("live-chat", "sms"))
                .persona("bo", "Bo")
                .stage("aware", "Aware", s -> s.touchpoint("ad", "Ad").via("web"))
                .stage("consider", "Consider", s -> {
                    s.touchpoint("chat", "Chats").via("live-chat").forPersonas("amber");
                    s.touchpoint("pdp", "Product page").via("web");
                })
                .stage("buy", "Buy", s -> s.touchpoint("pay", "Pays").via("web").forPersonas("bo"))
                .flow("ad", "pdp", "chat", "pdp", "pay")
                .path("amber", "Back and forth", "ad", "pdp", "chat", "ad", "pdp")
                .path("bo", "Straight", "ad", "pdp", "pay")
                .build();
    }

    @Test
    void a_gap_is_a_stage_where_a_persona_has_steps_and_none_of_its_preferred_channels() {
        // aware: amber has the ad (web) only; consider: live chat is offered; buy: amber has no step there;
        // bo prefers nothing, so it has no gaps
        assertThat(JourneyRules.coverageGaps(shop()))
                .containsExactly(new CoverageGap("aware", "amber", List.of("live-chat", "sms")));
    }

    @Test
    void the_coverage_matrix_carries_the_gaps_the_analyzer_reports() {
        JourneyMap map = shop();
        AnalysisReport report = Analyzers.defaults().analyze(map);
        assertThat(report.coverage().gaps()).isEqualTo(JourneyRules.coverageGaps(map));
        assertThat(report.findings("coverage.preferred-channel")).extracting(Finding::subjects)
                .containsExactly(List.of("aware", "amber"));
    }

    @Test
    void steps_on_loops_are_those_of_a_cycle() {
        JourneyMap map = shop(); // steps in map order: ad, chat, pdp, pay; amber's path goes chat -> ad -> pdp -> chat
        assertThat(JourneyRules.stepsOnLoops(map).stream().mapToObj(i -> map.steps().get(i).id()).toList())
                .containsExactly("ad", "chat", "pdp");
    }

    @Test
    void a_cycle_that_persona_paths_alone_make_is_not_a_loop_of_the_map() {
        JourneyMap map = JourneyMaps.journey("Straight").channels(Channels.standard())
                .persona("amber", "Amber")
                .stage("one", "One", s -> {
                    s.touchpoint("x", "X").via("web");
                    s.touchpoint("a", "A").via("web");
                    s.touchpoint("b", "B").via("web");
                })
                .flow("x", "a")
                .path("amber", "Comes back", "x", "a", "b", "a")
                .build();
        assertThat(JourneyRules.stepsOnLoops(map).isEmpty()).isTrue();
        assertThat(Analyzers.defaults().analyze(map).findings("path.loop")).isEmpty();
    }

    @Test
    void detours_name_revisits_with_their_first_visit_and_moves_back_a_stage() {
        JourneyMap map = shop();
        assertThat(JourneyRules.detours(map, map.paths().get(0)))
                .containsExactly(new Detour(3, 0, true), new Detour(4, 1, false));
        assertThat(JourneyRules.detours(map, map.paths().get(1))).isEmpty();
    }
}
