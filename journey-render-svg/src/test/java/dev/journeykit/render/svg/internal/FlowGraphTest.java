package dev.journeykit.render.svg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMapBuilder;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.render.svg.SampleMaps;
import dev.journeykit.render.svg.internal.FlowGraph.Edge;
import dev.journeykit.render.svg.internal.FlowGraph.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowGraphTest {

    private static FlowGraph graph(JourneyMap map) {
        return new FlowGraph(map, map.personas().stream().map(p -> p.id()).toList());
    }

    /** Two stages, a1 a2 / b1 b2, with a1 -> b2 and a2 -> b1: one crossing that swapping removes. */
    private static JourneyMap twisted() {
        return JourneyMaps.journey("Twisted").channels(Channels.WEB)
                .stage("s1", "One", s -> s.touchpoint("a1", "A1").via("web").touchpoint("a2", "A2").via("web"))
                .stage("s2", "Two", s -> s.touchpoint("b1", "B1").via("web").touchpoint("b2", "B2").via("web"))
                .flow("a1", "b2").flow("a2", "b1")
                .build();
    }

    @Test
    void counts_the_crossing_of_two_twisted_edges_and_the_sweep_removes_it() {
        FlowGraph g = graph(twisted());
        assertThat(g.crossings()).isEqualTo(1);
        assertThat(g.reduceCrossings()).isZero();
        assertThat(g.crossings()).isZero();
    }

    @Test
    void the_sample_flow_loses_its_crossings() {
        long[] counts = FlowView.crossingCounts(SampleMaps.crossingFlow());
        assertThat(counts[0]).isEqualTo(18);
        assertThat(counts[1]).isEqualTo(4);
    }

    /** Counts crossings by looking at every pair of segments between the same two layers. */
    private static long bruteForce(FlowGraph g) {
        long n = 0;
        for (int l = 0; l + 1 < g.layers; l++) {
            for (int i = 0; i < g.segFrom[l].length; i++) {
                for (int j = i + 1; j < g.segFrom[l].length; j++) {
                    long a = Integer.compare(g.pos[g.segFrom[l][i]], g.pos[g.segFrom[l][j]]);
                    long b = Integer.compare(g.pos[g.segTo[l][i]], g.pos[g.segTo[l][j]]);
                    if (a * b < 0) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    @net.jqwik.api.Property(tries = 50)
    void the_fast_crossing_count_equals_the_pairwise_count(
            @net.jqwik.api.ForAll("maps") JourneyMap map) {
        FlowGraph g = graph(map);
        assertThat(g.crossings()).isEqualTo(bruteForce(g));
        g.reduceCrossings();
        assertThat(g.crossings()).isEqualTo(bruteForce(g));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<JourneyMap> maps() {
        return dev.journeykit.core.testing.JourneyArbitraries.maps(6, 8);
    }

    @Test
    void merges_parallel_transitions_and_classifies_them() {
        FlowGraph g = graph(SampleMaps.pillowcase());
        Edge self = g.edges.stream().filter(e -> e.type == Kind.SELF).findFirst().orElseThrow();
        assertThat(g.steps.get(self.from).id()).isEqualTo("faq");
        assertThat(self.volume).isEqualTo(40);
        long back = g.edges.stream().filter(e -> e.type == Kind.BACKWARD).count();
        assertThat(back).isEqualTo(1);
        assertThat(g.edges.stream().filter(e -> e.type == Kind.BACKWARD)
                .map(e -> g.steps.get(e.from).id() + "->" + g.steps.get(e.to).id()).toList())
                .containsExactly("chat->product-page");
        assertThat(g.edges.stream().filter(e -> e.type == Kind.SAME_STAGE)
                .map(e -> g.steps.get(e.from).id() + "->" + g.steps.get(e.to).id()).toList())
                .containsExactly("product-page->faq", "faq->chat", "checkout->confirmation", "product-page->faq");
    }

    @Test
    void a_forward_edge_that_skips_stages_passes_dummy_nodes() {
        FlowGraph g = graph(SampleMaps.crossingFlow());
        Edge longEdge = g.edges.stream().filter(e -> g.steps.get(e.from).id().equals("a1")
                && g.steps.get(e.to).id().equals("c1")).findFirst().orElseThrow();
        assertThat(longEdge.route).hasSize(3);
        assertThat(g.isDummy(longEdge.route[1])).isTrue();
        assertThat(g.layerOf[longEdge.route[1]]).isEqualTo(1);
    }

    @Test
    void marks_the_steps_on_loops_only() {
        FlowGraph g = graph(SampleMaps.pillowcase());
        List<String> inLoop = new java.util.ArrayList<>();
        for (int v = 0; v < g.stepCount; v++) {
            if (g.inLoop.get(v)) {
                inLoop.add(g.steps.get(v).id());
            }
        }
        assertThat(inLoop).containsExactly("product-page", "faq", "chat");
    }

    @Test
    void a_very_long_cycle_does_not_overflow_the_stack() {
        JourneyMapBuilder b = JourneyMaps.journey("Long").channels(Channels.WEB);
        int n = 50_000;
        String[] ids = new String[n + 1];
        b.stage("s", "S", s -> {
            for (int i = 0; i < n; i++) {
                s.touchpoint("t" + i, "T" + i).via("web");
            }
        });
        for (int i = 0; i < n; i++) {
            ids[i] = "t" + i;
        }
        ids[n] = "t0";
        JourneyMap map = b.flow(ids).build();
        FlowGraph g = graph(map);
        for (int v = 0; v < n; v++) {
            assertThat(g.inLoop.get(v)).isTrue();
        }
    }
}
