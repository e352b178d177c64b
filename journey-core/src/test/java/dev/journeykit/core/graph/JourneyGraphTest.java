package dev.journeykit.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Transition;
import dev.journeykit.core.model.TransitionKind;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.junit.jupiter.api.Test;

class JourneyGraphTest {

    /** amber: a -> b -> b -> c (a self-loop); bob: a -> c; flows a -> c (volume 10), c -> a return. */
    private static JourneyMap map() {
        return JourneyMaps.journey("G")
                .persona("amber", "Amber")
                .persona("bob", "Bob")
                .channels(Channels.WEB)
                .stage("one", "One", s -> s
                        .touchpoint("a", "A").via("web")
                        .touchpoint("b", "B").via("web").forPersonas("amber"))
                .stage("two", "Two", s -> s
                        .touchpoint("c", "C").via("web")
                        .moment("lonely", "Nobody goes here"))
                .stage("three", "Three")
                .path("amber", "A", "a", "b", "b", "c")
                .path("bob", "B", "a", "c")
                .flow(f -> f.steps("a", "c").volume(10))
                .flow(f -> f.steps("c", "a").kind(TransitionKind.RETURN).volume(3))
                .build();
    }

    private static List<String> ids(Iterable<Step> steps) {
        List<String> out = new java.util.ArrayList<>();
        steps.forEach(s -> out.add(s.id()));
        return out;
    }

    @Test
    void every_step_is_a_vertex_in_map_order_every_transition_an_edge() {
        JourneyMap map = map();
        Graph<Step, Transition> g = JourneyGraph.of(map).graph();
        assertThat(ids(g.vertexSet())).containsExactly("a", "b", "c", "lonely");
        assertThat(g.edgeSet()).containsExactlyElementsOf(map.transitions());
        assertThat(g.edgeSet()).hasSize(6);
        assertThat(g.getType().isDirected()).isTrue();
        assertThat(g.getType().isAllowingMultipleEdges()).isTrue();
        assertThat(g.getType().isAllowingSelfLoops()).isTrue();
        assertThat(g.getType().isWeighted()).isFalse();
    }

    @Test
    void parallel_transitions_stay_separate_edges_and_self_loops_are_kept() {
        JourneyMap map = map();
        Graph<Step, Transition> g = JourneyGraph.of(map).graph();
        Step a = map.step("a").orElseThrow();
        Step b = map.step("b").orElseThrow();
        Step c = map.step("c").orElseThrow();
        assertThat(g.getAllEdges(a, c)).hasSize(2);
        assertThat(g.getAllEdges(b, b)).singleElement().satisfies(t -> assertThat(t.isSelfLoop()).isTrue());
        assertThat(g.getEdgeSource(g.getEdge(c, a))).isEqualTo(c);
        assertThat(g.outDegreeOf(a)).isEqualTo(3);
        assertThat(g.inDegreeOf(c)).isEqualTo(3);
        assertThat(g.degreeOf(map.step("lonely").orElseThrow())).isZero();
    }

    @Test
    void the_graphs_are_unmodifiable() {
        JourneyGraph graph = JourneyGraph.of(map());
        Step a = graph.map().step("a").orElseThrow();
        assertThatThrownBy(() -> graph.graph().removeVertex(a)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> graph.graph().addEdge(a, a)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> graph.graph().edgeSet().clear()).isInstanceOf(UnsupportedOperationException.class);
        Stage one = graph.map().stages().get(0);
        assertThatThrownBy(() -> graph.stageGraph().removeVertex(one))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void jgrapht_algorithms_run_on_it() {
        JourneyMap map = map();
        Graph<Step, Transition> g = JourneyGraph.of(map).graph();
        Step a = map.step("a").orElseThrow();
        Step c = map.step("c").orElseThrow();
        assertThat(DijkstraShortestPath.findPathBetween(g, a, c).getLength()).isEqualTo(1);
        assertThat(new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets())
                .extracting(set -> set.size()).containsExactlyInAnyOrder(3, 1);
    }

    @Test
    void the_persona_view_keeps_its_steps_its_paths_and_the_flows() {
        JourneyMap map = map();
        Graph<Step, Transition> bob = JourneyGraph.forPersona(map, "bob").graph();
        assertThat(ids(bob.vertexSet())).containsExactly("a", "c", "lonely");
        assertThat(bob.edgeSet()).extracting(t -> t.toString() + " " + t.persona().orElse("-"))
                .containsExactly("a -> c bob", "a -> c -", "c -> a -");
        Graph<Step, Transition> amber = JourneyGraph.forPersona(map, "amber").graph();
        assertThat(ids(amber.vertexSet())).containsExactly("a", "b", "c", "lonely");
        assertThat(amber.edgeSet()).hasSize(5);
        assertThatThrownBy(() -> JourneyGraph.forPersona(map, "carol"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("journey 'G' has no persona 'carol'");
    }

    @Test
    void the_stage_graph_counts_and_sums_the_transitions_between_stages() {
        JourneyGraph graph = JourneyGraph.of(map());
        Graph<Stage, StageEdge> stages = graph.stageGraph();
        assertThat(stages.vertexSet()).extracting(Stage::id).containsExactly("one", "two", "three");
        assertThat(stages.edgeSet()).containsExactly(
                new StageEdge("one", "one", 2, 0),
                new StageEdge("one", "two", 3, 10),
                new StageEdge("two", "one", 1, 3));
        assertThat(stages.edgeSet()).first().satisfies(e -> assertThat(e.isSelfLoop()).isTrue());
        assertThat(stages.edgeSet()).last().hasToString("two -> one (1)");
        assertThat(graph.stageGraph()).isSameAs(stages);
        Stage one = graph.map().stages().get(0);
        assertThat(stages.getEdgeSource(stages.edgeSet().iterator().next())).isEqualTo(one);
    }

    @Test
    void the_persona_stage_graph_counts_only_what_the_persona_sees() {
        JourneyGraph bob = JourneyGraph.forPersona(map(), "bob");
        assertThat(bob.stageGraph().edgeSet()).containsExactly(
                new StageEdge("one", "two", 2, 10),
                new StageEdge("two", "one", 1, 3));
    }

    @Test
    void a_map_without_transitions_has_vertices_and_no_edges() {
        JourneyMap map = JourneyMaps.journey("E").channels(Channels.WEB)
                .stage("s", "S", s -> s.touchpoint("t", "T").via("web")).build();
        JourneyGraph graph = JourneyGraph.of(map);
        assertThat(graph.graph().vertexSet()).hasSize(1);
        assertThat(graph.graph().edgeSet()).isEmpty();
        assertThat(graph.stageGraph().edgeSet()).isEmpty();
        assertThat(graph.map()).isSameAs(map);
    }
}
