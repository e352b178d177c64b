package dev.journeykit.render.svg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.testing.JourneyArbitraries;
import dev.journeykit.render.svg.SvgChecks;
import dev.journeykit.render.svg.Theme;
import dev.journeykit.render.svg.View;
import dev.journeykit.render.svg.internal.Layout.Box;
import dev.journeykit.render.svg.internal.Layout.Label;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
        return Arbitraries.of(View.class);
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

    @Property(tries = 60)
    void no_two_boxes_overlap(@ForAll("maps") JourneyMap map, @ForAll("views") View view,
                              @ForAll @IntRange(min = 1, max = 4) int maxLines, @ForAll boolean findings) {
        Layout layout = Drawing.of(map, view, settings(map, maxLines, findings)).layout();
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

    @Property(tries = 60)
    void every_text_stays_inside_its_box_and_every_box_inside_the_picture(
            @ForAll("maps") JourneyMap map, @ForAll("views") View view,
            @ForAll @IntRange(min = 1, max = 4) int maxLines, @ForAll boolean findings) {
        Layout layout = Drawing.of(map, view, settings(map, maxLines, findings)).layout();
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

    @Property(tries = 40)
    void every_picture_is_safe_well_formed_and_deterministic(@ForAll("maps") JourneyMap map,
                                                             @ForAll("views") View view, @ForAll boolean findings) {
        String svg = Drawing.of(map, view, settings(map, 3, findings)).svg();
        SvgChecks.assertSafeSvg(svg);
        assertThat(Drawing.of(map, view, settings(map, 3, findings)).svg()).isEqualTo(svg);
    }

    @Property(tries = 40)
    void the_ordering_step_never_adds_crossings(@ForAll("maps") JourneyMap map) {
        long[] counts = FlowView.crossingCounts(map);
        assertThat(counts[1]).isLessThanOrEqualTo(counts[0]);
    }
}
