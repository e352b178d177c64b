package dev.journeykit.render.svg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.testing.Walks;
import dev.journeykit.core.testing.JourneyArbitraries;
import dev.journeykit.render.svg.SvgChecks;
import dev.journeykit.render.svg.Theme;
import dev.journeykit.render.svg.View;
import dev.journeykit.render.svg.internal.Layout.Badge;
import dev.journeykit.render.svg.internal.Layout.Box;
import dev.journeykit.render.svg.internal.Layout.Label;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Transition;
import dev.journeykit.core.observe.ObservedJourney;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The geometry rules of every picture, over generated maps of every feature. */
class LayoutProperties {

    private static final double EPS = 0.05;

    @Provide
    Arbitrary<JourneyMap> maps() {
        return JourneyArbitraries.maps();
    }

    @Provide
    Arbitrary<View> views() {
        return Arbitraries.of(View.ofMap());
    }

    /** Every view, FUNNEL too (drawn with observations only). */
    @Provide
    Arbitrary<View> allViews() {
        return Arbitraries.of(View.class);
    }

    /**
     * Observations of {@code map} from a random walk seeded by {@code seed}: customers with or
     * without a persona, following designed transitions mostly and jumping anywhere sometimes
     * (undesigned transitions, repeats), some paths folded thousands of times so counts vary widely.
     */
    static ObservedJourney observe(JourneyMap map, long seed) {
        Random random = new Random(seed);
        Walks walks = new Walks(map);
        List<Step> steps = map.steps();
        if (!steps.isEmpty()) {
            int customers = random.nextInt(30);
            int[] repeats = {1, 1, 2, 5, 40, 3000};
            for (int c = 0; c < customers; c++) {
                String persona = map.personas().isEmpty() || random.nextBoolean() ? null
                        : map.personas().get(random.nextInt(map.personas().size())).id();
                int length = 1 + random.nextInt(7);
                String[] path = new String[length];
                path[0] = steps.get(random.nextInt(steps.size())).id();
                for (int i = 1; i < length; i++) {
                    String at = path[i - 1];
                    List<Transition> out = map.transitions().stream().filter(t -> t.from().equals(at)).toList();
                    path[i] = !out.isEmpty() && random.nextInt(10) < 7
                            ? out.get(random.nextInt(out.size())).to()
                            : steps.get(random.nextInt(steps.size())).id();
                }
                walks.add(repeats[random.nextInt(repeats.length)], persona, 1000L, path);
            }
        }
        return walks.result("walk.csv");
    }

    /** The settings, with observations of a walk from {@code seed} when {@code observed} or the view needs them. */
    static Settings settings(JourneyMap map, int maxLines, boolean withFindings, View view, boolean observed, long seed) {
        Settings s = settings(map, maxLines, withFindings);
        if (!observed && !view.needsObservations()) {
            return s;
        }
        return new Settings(s.theme(), s.persona(), s.marks(), s.idPrefix(), s.maxTextLines(),
                Optional.of(observe(map, seed)));
    }

    static Settings settings(JourneyMap map, int maxLines, boolean withFindings) {
        List<Settings.Mark> marks = new ArrayList<>();
        if (withFindings) {
            List<Finding> findings = Analyzers.defaults().analyze(map).findings();
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                marks.add(new Settings.Mark(i + 1, f.severity().keyword(), f.code(), f.message(), f.subjects()));
            }
        }
        return new Settings(Theme.LIGHT, Optional.empty(), marks, "jk", maxLines);
    }

    /** With observations, count labels are boxes too: no label overlaps a box or another label. */
    @Property(tries = 100, edgeCases = EdgeCasesMode.MIXIN)
    void no_two_boxes_overlap(@ForAll("maps") JourneyMap map, @ForAll("allViews") View view,
                              @ForAll @IntRange(min = 1, max = 4) int maxLines, @ForAll boolean findings,
                              @ForAll boolean observed, @ForAll long seed) {
        assertNoTwoBoxesOverlap(Views.draw(map, view, settings(map, maxLines, findings, view, observed, seed)).layout());
    }

    /** No two boxes of the drawing overlap (the check of every view, the DIFF view's too). */
    static void assertNoTwoBoxesOverlap(Layout layout) {
        List<Box> boxes = new ArrayList<>(layout.boxes());
        // sweep by x so the check stays cheap on wide pictures
        boxes.sort(Comparator.comparingDouble(Box::x));
        for (int i = 0; i < boxes.size(); i++) {
            Box a = boxes.get(i);
            for (int j = i + 1; j < boxes.size() && boxes.get(j).x() < a.right(); j++) {
                Box b = boxes.get(j);
                assertThat(a.overlaps(b)).as("%s overlaps %s", a, b).isFalse();
            }
        }
    }

    @Property(tries = 60, edgeCases = EdgeCasesMode.MIXIN)
    void every_text_stays_inside_its_box_and_every_box_inside_the_picture(
            @ForAll("maps") JourneyMap map, @ForAll("allViews") View view,
            @ForAll @IntRange(min = 1, max = 4) int maxLines, @ForAll boolean findings,
            @ForAll boolean observed, @ForAll long seed) {
        assertTextAndBoxesInside(Views.draw(map, view, settings(map, maxLines, findings, view, observed, seed)).layout(),
                maxLines);
    }

    /**
     * Every text block stays inside its box and within the line limit of {@code maxLines}, and
     * every box inside the picture.
     */
    static void assertTextAndBoxesInside(Layout layout, int maxLines) {
        for (Label label : layout.labels()) {
            Box box = label.box();
            assertThat(label.left()).as("left of %s in %s", label.lines(), box).isGreaterThanOrEqualTo(box.x() - EPS);
            assertThat(label.right()).as("right of %s in %s", label.lines(), box).isLessThanOrEqualTo(box.right() + EPS);
            assertThat(label.top()).as("top of %s in %s", label.lines(), box).isGreaterThanOrEqualTo(box.y() - EPS);
            assertThat(label.bottom()).as("bottom of %s in %s", label.lines(), box)
                    .isLessThanOrEqualTo(box.bottom() + EPS);
            assertThat(label.lines().size()).isLessThanOrEqualTo(Math.max(2, 2 * maxLines));
        }
        for (Box box : layout.boxes()) {
            assertThat(box.x()).isGreaterThanOrEqualTo(0);
            assertThat(box.y()).isGreaterThanOrEqualTo(0);
            assertThat(box.right()).isLessThanOrEqualTo(layout.width());
            assertThat(box.bottom()).isLessThanOrEqualTo(layout.height());
            assertThat(box.w()).isPositive();
            assertThat(box.h()).isPositive();
        }
    }

    /** Marks on any element of the map, as many as a busy map has, numbered up to three digits. */
    static Arbitrary<Settings> markedSettings(JourneyMap map) {
        List<String> ids = new ArrayList<>();
        map.personas().forEach(p -> ids.add(p.id()));
        map.stages().forEach(s -> ids.add(s.id()));
        map.steps().forEach(s -> ids.add(s.id()));
        map.channels().forEach(ch -> ids.add(ch.id()));
        Arbitrary<List<String>> subjects = ids.isEmpty() ? Arbitraries.just(List.of())
                : Arbitraries.of(ids).list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<String> severities = Arbitraries.of("error", "warning", "info");
        Arbitrary<List<Settings.Mark>> marks = net.jqwik.api.Combinators.combine(severities, subjects).as(
                (severity, on) -> new Settings.Mark(0, severity, "code", "message", on)).list().ofMaxSize(30);
        return net.jqwik.api.Combinators.combine(marks, Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(0, 90)).as((list, lines, offset) -> {
            List<Settings.Mark> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Settings.Mark m = list.get(i);
                numbered.add(new Settings.Mark(offset + i + 1, m.severity(), m.code(), m.message(), m.subjects()));
            }
            return new Settings(Theme.LIGHT, Optional.empty(), numbered, "jk", lines);
        });
    }

    @Provide
    Arbitrary<Object[]> markedMaps() {
        return JourneyArbitraries.maps().flatMap(map -> markedSettings(map).map(s -> new Object[] {map, s}));
    }

    @Property(tries = 150)
    void badges_hold_their_numbers_and_touch_no_text_no_other_box_and_no_other_badge(
            @ForAll("markedMaps") Object[] mapAndSettings, @ForAll("views") View view) {
        JourneyMap map = (JourneyMap) mapAndSettings[0];
        assertBadgesClear(Views.draw(map, view, (Settings) mapAndSettings[1]).layout());
    }

    /** Every badge holds its number and touches no text, no other box and no other badge. */
    static void assertBadgesClear(Layout layout) {
        List<Badge> badges = layout.badges();
        for (int i = 0; i < badges.size(); i++) {
            Badge badge = badges.get(i);
            Box shape = badge.bounds();
            // the shape's outline, 1.5 px wide, and a little air
            Box bounds = new Box(shape.key(), "badge", shape.x() - 1, shape.y() - 1, shape.w() + 2, shape.h() + 2);
            Label number = badge.number();
            for (double x : new double[] {number.left(), number.right()}) {
                for (double y : new double[] {number.top(), number.y()}) {
                    assertThat(badge.contains(x, y)).as("number %s at (%s, %s) in %s", number.lines(), x, y, badge)
                            .isTrue();
                }
            }
            assertThat(shape.x()).isGreaterThanOrEqualTo(0);
            assertThat(shape.y()).isGreaterThanOrEqualTo(0);
            assertThat(shape.right()).isLessThanOrEqualTo(layout.width());
            assertThat(shape.bottom()).isLessThanOrEqualTo(layout.height());
            for (Box box : layout.boxes()) {
                if (!box.equals(badge.subject())) {
                    assertThat(bounds.overlaps(box)).as("%s overlaps %s", badge, box).isFalse();
                }
            }
            for (Label label : layout.labels()) {
                Box text = new Box("text", "text", label.left(), label.top(), label.width(),
                        label.bottom() - label.top());
                assertThat(bounds.overlaps(text)).as("%s covers %s", badge, label.lines()).isFalse();
            }
            for (int j = i + 1; j < badges.size(); j++) {
                assertThat(shape.overlaps(badges.get(j).bounds())).as("%s overlaps %s", badge, badges.get(j))
                        .isFalse();
            }
        }
    }

    @Property(tries = 80, edgeCases = EdgeCasesMode.MIXIN)
    void no_flow_arrow_runs_through_a_step_box_or_a_stage_head(@ForAll("maps") JourneyMap map,
                                                                @ForAll boolean observed, @ForAll long seed) {
        Layout layout = Views.draw(map, View.FLOW, settings(map, 3, false, View.FLOW, observed, seed)).layout();
        List<Box> boxes = layout.boxes().stream().filter(b -> b.role().equals("node") || b.role().equals("stage"))
                .toList();
        for (Layout.Route route : layout.routes()) {
            for (double[] p : samples(route)) {
                double x = p[0];
                double y = p[1];
                for (Box box : boxes) {
                    boolean inside = x > box.x() + 1 && x < box.right() - 1 && y > box.y() + 1
                            && y < box.bottom() - 1;
                    assertThat(inside).as("%s passes (%s, %s) inside %s", route.key(), x, y, box).isFalse();
                }
                assertThat(y).as("%s below the picture", route.key()).isLessThanOrEqualTo(layout.height());
                assertThat(y).as("%s above the picture", route.key()).isGreaterThanOrEqualTo(0);
            }
        }
    }

    /** Points along a route's polyline, at most 2 px apart, ends included. */
    private static List<double[]> samples(Layout.Route route) {
        List<double[]> points = route.points();
        List<double[]> samples = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            int steps = (int) Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 2) + 1;
            for (int k = 0; k <= steps; k++) {
                samples.add(new double[] {a[0] + (b[0] - a[0]) * k / steps, a[1] + (b[1] - a[1]) * k / steps});
            }
        }
        return samples;
    }

    @Property(tries = 120)
    void no_two_flow_arrowheads_meet_and_no_two_line_ends_at_a_side_overlap(
            @ForAll("maps") JourneyMap map, @ForAll boolean findings) {
        Layout layout = Views.draw(map, View.FLOW, settings(map, 3, findings)).layout();
        List<Layout.Route> routes = layout.routes();
        for (int i = 0; i < routes.size(); i++) {
            Layout.Route a = routes.get(i);
            double[] tip = a.points().get(a.points().size() - 1);
            for (int j = i + 1; j < routes.size(); j++) {
                Layout.Route b = routes.get(j);
                double[] other = b.points().get(b.points().size() - 1);
                assertThat(Math.hypot(tip[0] - other[0], tip[1] - other[1]))
                        .as("arrowheads of %s and %s", a.key(), b.key()).isGreaterThanOrEqualTo(FlowLayout.PORT_GAP - EPS);
            }
        }
        // every line end (start or arrowhead) at one side of a box keeps its stroke clear of the others
        List<Object[]> ends = new ArrayList<>();
        for (Layout.Route r : routes) {
            ends.add(new Object[] {r, r.points().get(0)});
            ends.add(new Object[] {r, r.points().get(r.points().size() - 1)});
        }
        for (int i = 0; i < ends.size(); i++) {
            for (int j = i + 1; j < ends.size(); j++) {
                Layout.Route ra = (Layout.Route) ends.get(i)[0];
                Layout.Route rb = (Layout.Route) ends.get(j)[0];
                double[] a = (double[]) ends.get(i)[1];
                double[] b = (double[]) ends.get(j)[1];
                if (Math.abs(a[0] - b[0]) < EPS && (ra != rb || ra.kind().equals("self") == false)) {
                    assertThat(Math.abs(a[1] - b[1])).as("ends of %s and %s at x %s", ra.key(), rb.key(), a[0])
                            .isGreaterThanOrEqualTo(Math.max(FlowLayout.PORT_GAP, (ra.width() + rb.width()) / 2
                                    + FlowLayout.PORT_AIR) - EPS);
                }
            }
        }
    }

    @Property(tries = 120)
    void arcs_at_one_side_of_a_column_run_in_lanes_of_their_own(@ForAll("maps") JourneyMap map,
                                                                @ForAll boolean findings) {
        Layout layout = Views.draw(map, View.FLOW, settings(map, 3, findings)).layout();
        // arcs: arrows that leave and meet the same side of one column
        List<Layout.Route> arcs = layout.routes().stream().filter(r -> !r.kind().equals("forward")
                && r.points().get(0)[0] == r.points().get(r.points().size() - 1)[0]).toList();
        for (int i = 0; i < arcs.size(); i++) {
            for (int j = i + 1; j < arcs.size(); j++) {
                Layout.Route a = arcs.get(i);
                Layout.Route b = arcs.get(j);
                double[] ra = reach(a);
                double[] rb = reach(b);
                // same side of the same column, and vertical extents that overlap
                if (ra[0] != rb[0] || Math.signum(ra[1]) != Math.signum(rb[1]) || !(ra[2] < rb[3] && rb[2] < ra[3])) {
                    continue;
                }
                assertThat(Math.abs(Math.abs(ra[1]) - Math.abs(rb[1]))).as("lanes of %s and %s", a.key(), b.key())
                        .isGreaterThanOrEqualTo((a.width() + b.width()) / 2 + FlowLayout.ARC_AIR - EPS);
            }
        }
    }

    /** {x of the side, farthest signed reach out of it, top, bottom} of an arc. */
    private static double[] reach(Layout.Route r) {
        double x0 = r.points().get(0)[0];
        double far = 0;
        double top = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (double[] p : r.points()) {
            if (Math.abs(p[0] - x0) > Math.abs(far)) {
                far = p[0] - x0;
            }
            top = Math.min(top, p[1]);
            bottom = Math.max(bottom, p[1]);
        }
        return new double[] {x0, far, top, bottom};
    }

    @Property(tries = 150)
    void no_flow_arrow_runs_through_a_badge(@ForAll("markedMaps") Object[] mapAndSettings) {
        JourneyMap map = (JourneyMap) mapAndSettings[0];
        Layout layout = Views.draw(map, View.FLOW, (Settings) mapAndSettings[1]).layout();
        for (Badge badge : layout.badges()) {
            Box shape = badge.bounds();
            for (Layout.Route route : layout.routes()) {
                double half = route.width() / 2;
                for (double[] p : samples(route)) {
                    boolean inside = p[0] + half > shape.x() && p[0] - half < shape.right() && p[1] + half > shape.y()
                            && p[1] - half < shape.bottom();
                    assertThat(inside).as("%s passes (%s, %s) through %s", route.key(), p[0], p[1], badge).isFalse();
                }
            }
        }
    }

    @Property(tries = 40, edgeCases = EdgeCasesMode.MIXIN)
    void every_picture_is_safe_well_formed_and_deterministic(@ForAll("maps") JourneyMap map,
                                                             @ForAll("allViews") View view, @ForAll boolean findings,
                                                             @ForAll boolean observed, @ForAll long seed) {
        String svg = Views.draw(map, view, settings(map, 3, findings, view, observed, seed)).svg();
        SvgChecks.assertSafeSvg(svg);
        assertThat(Views.draw(map, view, settings(map, 3, findings, view, observed, seed)).svg()).isEqualTo(svg);
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.MIXIN)
    void observed_widths_grow_with_counts_and_every_taken_transition_is_labelled_once(
            @ForAll("maps") JourneyMap map, @ForAll long seed, @ForAll boolean findings) {
        Settings settings = settings(map, 3, findings, View.FLOW, true, seed);
        FlowLayout f = FlowView.layout(map, settings, new Canvas(settings, 1024));
        List<FlowGraph.Edge> edges = f.g.edges;
        for (int i = 0; i < edges.size(); i++) {
            for (int j = 0; j < edges.size(); j++) {
                if (edges.get(i).observed <= edges.get(j).observed) {
                    assertThat(f.widths[i]).as("width of %s taken %s times against %s taken %s times", i,
                            edges.get(i).observed, j, edges.get(j).observed).isLessThanOrEqualTo(f.widths[j]);
                }
                if (edges.get(i).observed < edges.get(j).observed && edges.get(i).observed == 0) {
                    assertThat(f.widths[i]).isLessThan(f.widths[j]);
                }
            }
        }
        List<Integer> labelled = f.labels.stream().map(FlowLayout.EdgeLabel::edge).sorted().toList();
        List<Integer> taken = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            if (edges.get(i).observed > 0) {
                taken.add(i);
            }
        }
        assertThat(labelled).isEqualTo(taken);
        for (FlowLayout.EdgeLabel a : f.labels) {
            for (FlowLayout.EdgeLabel b : f.labels) {
                assertThat(a == b || !a.plate().overlaps(b.plate())).as("%s overlaps %s", a, b).isTrue();
            }
            for (int v = 0; v < f.g.stepCount; v++) {
                assertThat(a.plate().overlaps(f.nodeBox(v))).as("%s overlaps step %s", a, v).isFalse();
            }
            for (int l = 0; l < f.g.layers; l++) {
                assertThat(a.plate().overlaps(f.headBox(l))).as("%s overlaps stage %s", a, l).isFalse();
            }
        }
    }

    @Property(tries = 40)
    void the_ordering_step_never_adds_crossings(@ForAll("maps") JourneyMap map) {
        long[] counts = FlowView.crossingCounts(map);
        assertThat(counts[1]).isLessThanOrEqualTo(counts[0]);
    }
}
