package dev.journeykit.render.svg.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMapBuilder;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.Observation;
import dev.journeykit.core.testing.JourneyArbitraries;
import dev.journeykit.render.svg.internal.FlowGraph.Edge;
import dev.journeykit.render.svg.internal.FlowGraph.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The arcs of a column side get their lanes from {@link IntervalMax}; both answer exactly what
 * the pairwise checks they replaced answer.
 */
class ArcLanesProperties {

    /**
     * Random intervals on a small grid (so that many share endpoints or nest), added in random
     * order between random queries: every query gives the largest value of the added intervals
     * that overlap it, found by checking each one.
     */
    @Property(tries = 300)
    void interval_max_equals_checking_every_interval(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int count,
                                                    @ForAll @IntRange(min = 1, max = 40) int grid) {
        Random random = new Random(seed);
        double[] lo = new double[count];
        double[] hi = new double[count];
        double[] endpoints = new double[2 * count];
        for (int i = 0; i < count; i++) {
            int a = random.nextInt(grid + 1);
            int b = a + 1 + random.nextInt(grid);
            // quarter steps, some negative, so that values and gaps are not all whole
            lo[i] = (a - grid / 3) * 0.25;
            hi[i] = (b - grid / 3) * 0.25;
            endpoints[2 * i] = lo[i];
            endpoints[2 * i + 1] = hi[i];
        }
        IntervalMax tree = new IntervalMax(endpoints);
        List<double[]> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double value = random.nextInt(5) == 0 ? -random.nextDouble() * 10 : random.nextDouble() * 100;
            tree.add(lo[i], hi[i], value);
            added.add(new double[] {lo[i], hi[i], value});
            for (int q = 0; q < 3; q++) {
                // queries (a, b) with a < b, their ends on the grid, between grid points and outside it
                double a = (random.nextInt(grid + 4) - grid / 3 - 2) * 0.25 + (random.nextBoolean() ? 0 : 0.125);
                double b = a + (1 + random.nextInt(2 * grid + 2)) * 0.125;
                double expected = Double.NEGATIVE_INFINITY;
                for (double[] o : added) {
                    if (o[0] < b && a < o[1]) {
                        expected = Math.max(expected, o[2]);
                    }
                }
                assertThat(tree.max(a, b)).as("max over (%s, %s) of %s", a, b, added).isEqualTo(expected);
            }
            double most = Double.NEGATIVE_INFINITY;
            for (double[] o : added) {
                most = Math.max(most, o[2]);
            }
            assertThat(tree.max()).isEqualTo(most);
        }
    }

    @Example
    void interval_max_refuses_unknown_endpoints_and_empty_intervals() {
        IntervalMax tree = new IntervalMax(new double[] {1, 2, 3});
        assertThatThrownBy(() -> tree.add(1, 2.5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.add(2, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.add(3, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new IntervalMax(new double[0]).max(0, 1)).isEqualTo(Double.NEGATIVE_INFINITY);
        tree.add(1, 3, 7);
        assertThat(tree.max(2.9, 5)).isEqualTo(7);
        assertThat(tree.max(3, 5)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(tree.max(0, 1)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(tree.max(2, 2)).isEqualTo(Double.NEGATIVE_INFINITY);
        // -0.0 and 0.0 are one endpoint
        IntervalMax zero = new IntervalMax(new double[] {-0.0, 1});
        zero.add(0.0, 1, 5);
        assertThat(zero.max(-1, 0.5)).isEqualTo(5);
    }

    @Provide
    Arbitrary<JourneyMap> maps() {
        return JourneyArbitraries.maps();
    }

    /** Generated maps of every feature, with and without observations (which vary the widths). */
    @Property(tries = 150)
    void lanes_equal_the_pairwise_placement_on_generated_maps(@ForAll("maps") JourneyMap map, @ForAll boolean observed,
                                                             @ForAll long seed) {
        assertLanesArePairwise(map, observed ? LayoutProperties.observe(map, seed).overall() : null);
    }

    /**
     * One column where many steps flow into a hub, from above and below, with volumes (so arcs of
     * many widths nest), plus self-loops and flows between the other steps.
     */
    @Property(tries = 60)
    void lanes_equal_the_pairwise_placement_where_arcs_nest(@ForAll @IntRange(min = 1, max = 70) int steps,
                                                           @ForAll long seed) {
        Random random = new Random(seed);
        int hub = random.nextInt(steps);
        JourneyMapBuilder b = JourneyMaps.journey("Hub").channels(Channels.WEB).stage("a", "A", s -> {
            for (int i = 0; i < steps; i++) {
                s.touchpoint("s" + i, "Step " + i).via("web");
            }
        }).stage("b", "B", s -> s.touchpoint("next", "Next").via("web"));
        for (int i = 0; i < steps; i++) {
            String from = "s" + i;
            int kind = random.nextInt(10);
            if (kind < 6) {
                long volume = 1 + random.nextInt(random.nextBoolean() ? 10 : 100_000);
                b.flow(f -> f.steps(from, "s" + hub).volume(volume));
            } else if (kind < 8) {
                b.flow(from, "s" + random.nextInt(steps));
            } else {
                b.flow(from, "next");
            }
        }
        assertLanesArePairwise(b.build(), null);
    }

    private static void assertLanesArePairwise(JourneyMap map, Observation observed) {
        FlowGraph g = new FlowGraph(map, List.of(), observed);
        g.reduceCrossings();
        Settings settings = LayoutProperties.settings(map, 3, false);
        FlowLayout f = new FlowLayout(map, g, settings, observed);
        assertThat(f.extent).isEqualTo(pairwise(g, f.nodeY, f.nodeH, f.widths));
    }

    /**
     * The placement {@link FlowLayout#lanes} describes, done by checking every arc placed before:
     * shortest first, each outside every overlapping placed arc of its side.
     */
    private static double[] pairwise(FlowGraph g, double[] nodeY, double[] nodeH, double[] widths) {
        int n = g.edges.size();
        double[] extent = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] outer = new double[n];
        List<List<Integer>> sides = new ArrayList<>();
        for (int s = 0; s < 2 * g.layers; s++) {
            sides.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            Edge e = g.edges.get(i);
            int l = g.layerOf[e.from];
            if (e.type == Kind.SAME_STAGE || e.type == Kind.SELF || (e.type == Kind.BACKWARD && l == g.layerOf[e.to])) {
                double a = nodeY[e.from] + nodeH[e.from] / 2;
                double b = nodeY[e.to] + nodeH[e.to] / 2;
                lo[i] = Math.min(a, b) - (e.type == Kind.SELF ? 1 : 0);
                hi[i] = Math.max(a, b) + (e.type == Kind.SELF ? 1 : 0);
                sides.get(l * 2 + (e.type == Kind.BACKWARD ? 1 : 0)).add(i);
            }
        }
        for (List<Integer> arcs : sides) {
            arcs.sort(java.util.Comparator.<Integer>comparingDouble(i -> hi[i] - lo[i]).thenComparingInt(i -> i));
            List<Integer> placed = new ArrayList<>();
            for (int i : arcs) {
                double span = hi[i] - lo[i];
                double reach = g.edges.get(i).type == Kind.SELF ? FlowLayout.SELF_REACH : Math.min(36, 13.5 + 0.06 * span);
                for (int o : placed) {
                    if (lo[o] < hi[i] && lo[i] < hi[o]) {
                        reach = Math.max(reach, outer[o] + (widths[o] + widths[i]) / 2 + FlowLayout.ARC_AIR);
                    }
                }
                extent[i] = reach;
                outer[i] = reach + FlowLayout.overshoot(reach, widths[i]);
                placed.add(i);
            }
        }
        return extent;
    }
}
