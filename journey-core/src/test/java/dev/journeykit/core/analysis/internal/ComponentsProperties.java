package dev.journeykit.core.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMapBuilder;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.graph.JourneyGraph;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.testing.JourneyArbitraries;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.junit.jupiter.api.Test;

/** The int-array components agree with JGraphT's, and never recurse. */
class ComponentsProperties {

    @Provide
    Arbitrary<JourneyMap> maps() {
        return JourneyArbitraries.maps();
    }

    @Property(tries = 200)
    void components_are_those_jgrapht_finds(@ForAll("maps") JourneyMap map) {
        MapFacts facts = MapFacts.of(map);
        Components components = facts.components();
        Set<Set<String>> ours = new HashSet<>();
        for (int c = 0; c < components.count(); c++) {
            Set<String> ids = new TreeSet<>();
            for (int s : components.members(c)) {
                ids.add(facts.step(s).id());
                assertThat(components.componentOf(s)).isEqualTo(c);
            }
            ours.add(ids);
        }
        Set<Set<String>> theirs = new HashSet<>();
        for (Set<Step> set : new KosarajuStrongConnectivityInspector<>(JourneyGraph.of(map).graph())
                .stronglyConnectedSets()) {
            Set<String> ids = new TreeSet<>();
            set.forEach(s -> ids.add(s.id()));
            theirs.add(ids);
        }
        assertThat(ours).isEqualTo(theirs);
    }

    @Property(tries = 200)
    void the_topological_order_puts_every_condensation_edge_forward(@ForAll("maps") JourneyMap map) {
        Components components = MapFacts.of(map).components();
        int[] order = components.topologicalOrder();
        int[] place = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            place[order[i]] = i;
        }
        assertThat(new TreeSet<>(java.util.Arrays.stream(order).boxed().toList())).hasSize(components.count());
        for (int c = 0; c < components.count(); c++) {
            for (int d : components.successors(c)) {
                assertThat(place[d]).isGreaterThan(place[c]);
            }
        }
    }

    @Property(tries = 200)
    void the_cycle_of_a_cyclic_component_is_a_real_cycle_inside_it(@ForAll("maps") JourneyMap map) {
        MapFacts facts = MapFacts.of(map);
        Components components = facts.components();
        Set<Long> edges = new HashSet<>();
        for (int t = 0; t < facts.transitionCount(); t++) {
            edges.add(((long) facts.from(t) << 32) | facts.to(t));
        }
        for (int c = 0; c < components.count(); c++) {
            if (!components.isCyclic(c)) {
                continue;
            }
            List<Integer> cycle = components.cycle(c);
            assertThat(new HashSet<>(cycle)).hasSize(cycle.size());
            for (int i = 0; i < cycle.size(); i++) {
                int from = cycle.get(i);
                int to = cycle.get((i + 1) % cycle.size());
                assertThat(components.componentOf(from)).isEqualTo(c);
                assertThat(edges).contains(((long) from << 32) | to);
            }
        }
    }

    @Test
    void a_chain_of_200000_steps_and_a_ring_of_them_need_no_recursion() {
        int n = 200_000;
        JourneyMapBuilder b = JourneyMaps.journey("Chain").channels(Channels.WEB);
        String[] chain = new String[n + 1];
        b.stage("s", "S", s -> {
            for (int i = 0; i < n; i++) {
                s.touchpoint("t" + i, "T").via("web");
            }
        });
        for (int i = 0; i < n; i++) {
            chain[i] = "t" + i;
        }
        chain[n] = "t0";
        Components ring = MapFacts.of(b.flow(chain).build()).components();
        assertThat(ring.count()).isEqualTo(1);
        assertThat(ring.cycle(0)).hasSize(n);
    }
}
