package dev.journeykit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueriesTest {

    /**
     * amber and bob; web and phone; stage one: a (all), b (bob only, answers nothing), m (moment,
     * amber); stage two: c (amber, asks answered-by b, falls out recovered-by b), d (all).
     */
    static JourneyMap map() {
        return JourneyMaps.journey("Queries")
                .persona("amber", "Amber")
                .persona("bob", "Bob")
                .channels(Channels.WEB, Channels.PHONE)
                .stage("one", "One", s -> s
                        .touchpoint("a", "A").via("web")
                        .touchpoint("b", "B").via("phone").forPersonas("bob")
                        .moment("m", "M").forPersonas("amber"))
                .stage("two", "Two", s -> s
                        .touchpoint("c", "C").via("web").forPersonas("amber", "bob")
                        .question("Q1", "b").question("Q2", "a")
                        .fallout("F1", "b").fallout("F2", "d")
                        .touchpoint("d", "D").via("web"))
                .stage("three", "Three")
                .path("amber", "Amber's", "a", "m", "c", "d")
                .path("bob", "Bob's", "a", "b", "c")
                .path("amber", "Through b", "a", "b")
                .flow("a", "b", "c", "d")
                .flow(f -> f.steps("m", "d").volume(5))
                .suppress("x.y", "b", "about b")
                .suppress("x.y", "bob", "about bob")
                .suppress("x.y", "one", "about a stage")
                .suppress("x.y", "web", "about a channel")
                .suppress("x.y", "amber", "about amber")
                .suppressEverywhere("x.z", "everywhere")
                .build();
    }

    @Test
    void stages_and_steps_are_in_written_order() {
        JourneyMap map = map();
        assertThat(map.stages()).extracting(Stage::id).containsExactly("one", "two", "three");
        assertThat(map.steps()).extracting(Step::id).containsExactly("a", "b", "m", "c", "d");
        assertThat(map.touchpoints()).extracting(Touchpoint::id).containsExactly("a", "b", "c", "d");
        assertThat(map.stages().get(0).moments()).extracting(Moment::id).containsExactly("m");
        assertThat(map.stages().get(0).touchpoints()).extracting(Touchpoint::id).containsExactly("a", "b");
    }

    @Test
    void stage_index_and_stage_of_any_step() {
        JourneyMap map = map();
        assertThat(map.stageIndex("a")).isZero();
        assertThat(map.stageIndex("m")).isZero();
        assertThat(map.stageIndex("d")).isEqualTo(1);
        assertThat(map.stageOf("c").id()).isEqualTo("two");
        assertThatThrownBy(() -> map.stageIndex("one")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("journey 'Queries' has no step 'one'");
        assertThatThrownBy(() -> map.stageOf("zz")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("journey 'Queries' has no step 'zz'");
    }

    @Test
    void lookups_by_id_are_typed() {
        JourneyMap map = map();
        assertThat(map.element("web")).containsInstanceOf(Channel.class);
        assertThat(map.persona("web")).isEmpty();
        assertThat(map.channel("web")).isPresent();
        assertThat(map.stage("one")).isPresent();
        assertThat(map.step("m")).containsInstanceOf(Moment.class);
        assertThat(map.touchpoint("m")).isEmpty();
        assertThat(map.touchpoint("a")).isPresent();
        assertThat(map.element("nothing")).isEmpty();
    }

    @Test
    void steps_for_a_persona_include_those_for_everyone() {
        JourneyMap map = map();
        assertThat(map.stepsFor("amber")).extracting(Step::id).containsExactly("a", "m", "c", "d");
        assertThat(map.stepsFor("bob")).extracting(Step::id).containsExactly("a", "b", "c", "d");
        assertThat(map.stepsFor("nobody")).extracting(Step::id).containsExactly("a", "d");
    }

    @Test
    void touchpoints_via_a_channel() {
        JourneyMap map = map();
        assertThat(map.touchpointsVia("web")).extracting(Touchpoint::id).containsExactly("a", "c", "d");
        assertThat(map.touchpointsVia("phone")).extracting(Touchpoint::id).containsExactly("b");
        assertThat(map.touchpointsVia("sms")).isEmpty();
    }

    @Test
    void transitions_come_from_paths_then_flows_with_their_index() {
        JourneyMap map = map();
        assertThat(map.transitions()).extracting(Transition::toString).containsExactly(
                "a -> m", "m -> c", "c -> d", "a -> b", "b -> c", "a -> b", "a -> b", "b -> c", "c -> d", "m -> d");
        for (int i = 0; i < map.transitions().size(); i++) {
            assertThat(map.transitions().get(i).index()).isEqualTo(i);
        }
        Transition fromPath = map.transitions().get(0);
        assertThat(fromPath.persona()).contains("amber");
        assertThat(fromPath.kind()).isEqualTo(TransitionKind.NEXT);
        assertThat(fromPath.volume()).isEmpty();
        Transition fromFlow = map.transitions().get(9);
        assertThat(fromFlow.persona()).isEmpty();
        assertThat(fromFlow.volume()).hasValue(5);
    }

    @Test
    void for_persona_keeps_that_persona_its_steps_paths_and_flow_runs() {
        JourneyMap amber = map().forPersona("amber");
        assertThat(amber.personas()).extracting(Persona::id).containsExactly("amber");
        assertThat(amber.channels()).extracting(Channel::id).containsExactly("web", "phone");
        assertThat(amber.stages()).extracting(Stage::id).containsExactly("one", "two", "three");
        assertThat(amber.steps()).extracting(Step::id).containsExactly("a", "m", "c", "d");
        // its own paths whose steps it all sees; "Through b" passes a step for bob only
        assertThat(amber.paths()).extracting(PersonaPath::name).containsExactly("Amber's");
        // the flow a -> b -> c -> d loses b: its runs a (too short) and c -> d stay
        assertThat(amber.flows()).extracting(Flow::chain).containsExactly("c -> d", "m -> d");
        assertThat(amber.flows().get(1).volume()).hasValue(5);
        // persona lists narrowed; references to steps it does not see dropped
        Touchpoint c = amber.touchpoint("c").orElseThrow();
        assertThat(c.personas()).containsExactly("amber");
        assertThat(c.questions()).extracting(Question::answeredBy)
                .containsExactly(Optional.empty(), Optional.of("a"));
        assertThat(c.fallouts()).extracting(Fallout::recoveredBy)
                .containsExactly(Optional.empty(), Optional.of("d"));
        assertThat(amber.touchpoint("a").orElseThrow().personas()).isEmpty();
        assertThat(amber.suppressions()).extracting(Suppression::reason)
                .containsExactly("about a stage", "about a channel", "about amber", "everywhere");
        assertThat(amber.title()).isEqualTo("Queries");
    }

    @Test
    void for_persona_of_an_unknown_persona_is_an_error() {
        assertThatThrownBy(() -> map().forPersona("carol")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("journey 'Queries' has no persona 'carol'");
        assertThatThrownBy(() -> map().forPersona("web")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("journey 'Queries' has no persona 'web'");
    }

    @Test
    void for_persona_keeps_positions() {
        JourneyMap map = JourneyMaps.journey("P").persona("p", "P", p -> p.at(new SourcePosition("f", 2, 1)))
                .channels(Channels.WEB)
                .stage("s", "S", s -> s.at(new SourcePosition("f", 3, 1))
                        .touchpoint("t", "T").via("web").at(new SourcePosition("f", 4, 5)))
                .build();
        JourneyMap seen = map.forPersona("p");
        assertThat(seen.persona("p").orElseThrow().position()).contains(new SourcePosition("f", 2, 1));
        assertThat(seen.stage("s").orElseThrow().position()).contains(new SourcePosition("f", 3, 1));
        assertThat(seen.step("t").orElseThrow().position()).contains(new SourcePosition("f", 4, 5));
        assertThat(seen).isEqualTo(map);
    }

    @Test
    void lists_of_a_map_are_unmodifiable() {
        JourneyMap map = map();
        for (List<?> list : List.of(map.stages(), map.steps(), map.transitions(), map.personas(), map.paths(),
                map.flows(), map.suppressions(), map.stages().get(0).steps(), map.touchpoints())) {
            assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void the_map_names_its_size() {
        assertThat(map()).hasToString("JourneyMap['Queries', 3 stages, 5 steps, 10 transitions]");
    }
}
