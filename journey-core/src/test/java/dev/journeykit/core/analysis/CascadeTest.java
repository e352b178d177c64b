package dev.journeykit.core.analysis;

import static dev.journeykit.core.analysis.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * One fact, one finding: the ownership of docs/analysis.md ("Which finding owns which fact"),
 * checked on maps built for it with the whole catalog. Only the codes about the walk are looked
 * at (path.* and friction.repeat-contact); the coverage codes are about other facts.
 */
class CascadeTest {

    /** Stages a, b, c: a call and a web page in a, a web page in b and in c. */
    private static JourneyMapBuilder map() {
        return JourneyMaps.journey("Cascade").channels(Channels.standard()).persona("amber", "Amber")
                .stage("a", "A", s -> s.touchpoint("call", "Calls").via("phone").at(at(2, 5))
                        .touchpoint("home", "Home page").via("web").at(at(3, 5)))
                .stage("b", "B", s -> s.touchpoint("form", "Form").via("web").at(at(5, 5)))
                .stage("c", "C", s -> s.touchpoint("done", "Done").via("web").at(at(7, 5)));
    }

    private static JourneyMap path(String... steps) {
        return map().path(new PersonaPath("amber", "Walk", List.of(steps), Optional.of(at(9, 5)))).build();
    }

    private static List<String> walkCodes(JourneyMap map, AnalysisOptions options) {
        return Analyzers.defaults().analyze(map, options).findings().stream().map(Finding::code)
                .filter(c -> c.startsWith("path.") || c.equals("friction.repeat-contact")).toList();
    }

    private static List<String> walkCodes(JourneyMap map) {
        return walkCodes(map, AnalysisOptions.defaults());
    }

    @Test
    void a_customer_who_calls_again_after_going_back_is_one_repeat_contact_and_nothing_else() {
        assertThat(walkCodes(path("call", "form", "call", "done"))).containsExactly("friction.repeat-contact");
    }

    @Test
    void going_back_to_a_page_and_on_again_is_one_non_linear_path() {
        assertThat(walkCodes(path("home", "form", "home", "done"))).containsExactly("path.non-linear");
    }

    @Test
    void each_code_switched_off_hands_its_fact_back_to_the_codes_that_stood_aside() {
        AnalysisOptions noRepeat = AnalysisOptions.builder().disable("friction.repeat-contact").build();
        assertThat(walkCodes(path("call", "form", "call", "done"), noRepeat)).containsExactly("path.non-linear");
        AnalysisOptions noNonLinear = AnalysisOptions.builder().disable("path.non-linear").build();
        assertThat(walkCodes(path("home", "form", "home", "done"), noNonLinear))
                .containsExactly("path.loop", "path.backtrack");
    }

    @Test
    void a_designed_return_flow_is_a_loop_and_a_backtrack_until_a_path_takes_it_then_the_move_back_is_the_path_s() {
        Flow back = new Flow(List.of("form", "home"), OptionalLong.empty(), TransitionKind.RETURN,
                Optional.of(at(10, 5)));
        JourneyMap flowOnly = map().flow("home", "form", "done").flow(back).build();
        assertThat(walkCodes(flowOnly)).containsExactly("path.loop", "path.backtrack");
        JourneyMap both = map().flow("home", "form", "done").flow(back)
                .path(new PersonaPath("amber", "Walk", List.of("home", "form", "home", "done"), Optional.of(at(9, 5))))
                .build();
        assertThat(walkCodes(both)).containsExactly("path.loop", "path.non-linear");
    }

    @Test
    void a_jump_into_a_stage_never_visited_is_a_skip_and_the_same_jump_after_a_return_is_not() {
        assertThat(walkCodes(path("home", "done"))).containsExactly("path.stage-skip");
        assertThat(walkCodes(path("home", "form", "home", "done"))).doesNotContain("path.stage-skip");
    }

    @Test
    void two_customers_whose_paths_cross_in_opposite_orders_make_no_loop() {
        JourneyMap map = map().persona("ben", "Ben")
                .path("amber", "A", "home", "form", "done").path("ben", "B", "form", "home").build();
        assertThat(walkCodes(map)).doesNotContain("path.loop");
    }
}
