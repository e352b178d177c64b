package dev.journeykit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.graph.JourneyGraph;
import dev.journeykit.core.graph.StageEdge;
import dev.journeykit.core.testing.JourneyArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the queries and the graph view over any valid map. */
class ModelProperties {

    @Provide
    Arbitrary<JourneyMap> maps() {
        return JourneyArbitraries.maps();
    }

    @Property(tries = 150)
    void the_graph_has_every_step_and_transition_and_the_stage_graph_sums_them(@ForAll("maps") JourneyMap map) {
        JourneyGraph graph = JourneyGraph.of(map);
        assertThat(List.copyOf(graph.graph().vertexSet())).isEqualTo(map.steps());
        assertThat(List.copyOf(graph.graph().edgeSet())).isEqualTo(map.transitions());
        assertThat(graph.stageGraph().vertexSet()).hasSameSizeAs(map.stages());
        long count = graph.stageGraph().edgeSet().stream().mapToLong(StageEdge::transitions).sum();
        long volume = graph.stageGraph().edgeSet().stream().mapToLong(StageEdge::volume).sum();
        assertThat(count).isEqualTo(map.transitions().size());
        assertThat(volume).isEqualTo(map.transitions().stream().mapToLong(t -> t.volume().orElse(0)).sum());
    }

    @Property(tries = 150)
    void every_persona_view_is_a_valid_map_of_that_persona(@ForAll("maps") JourneyMap map) {
        for (Persona persona : map.personas()) {
            JourneyMap seen = map.forPersona(persona.id());
            assertThat(seen.personas()).containsExactly(persona);
            assertThat(seen.steps()).extracting(Step::id)
                    .containsExactlyElementsOf(map.stepsFor(persona.id()).stream().map(Step::id).toList());
            assertThat(seen.paths()).allMatch(p -> p.persona().equals(persona.id()));
            assertThat(seen.forPersona(persona.id())).isEqualTo(seen);
            JourneyGraph view = JourneyGraph.forPersona(map, persona.id());
            assertThat(view.graph().vertexSet()).hasSameSizeAs(seen.steps());
        }
    }

    @Property(tries = 150)
    void stage_index_agrees_with_the_stages(@ForAll("maps") JourneyMap map) {
        for (int i = 0; i < map.stages().size(); i++) {
            for (Step step : map.stages().get(i).steps()) {
                assertThat(map.stageIndex(step.id())).isEqualTo(i);
                assertThat(map.stageOf(step.id())).isSameAs(map.stages().get(i));
                assertThat(step.stageId()).isEqualTo(map.stages().get(i).id());
            }
        }
    }

    @Property(tries = 100)
    void rebuilding_from_the_parts_gives_an_equal_map(@ForAll("maps") JourneyMap map) {
        JourneyMap copy = JourneyMap.create(map.header(), map.personas(), map.channels(), map.stages(), map.paths(),
                map.flows(), map.suppressions());
        assertThat(copy).isEqualTo(map).hasSameHashCodeAs(map);
        assertThat(copy.transitions()).isEqualTo(map.transitions());
    }
}
