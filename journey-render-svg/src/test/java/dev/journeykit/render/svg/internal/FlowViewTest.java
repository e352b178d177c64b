package dev.journeykit.render.svg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.render.svg.Theme;
import dev.journeykit.render.svg.View;
import dev.journeykit.render.svg.internal.Layout.Badge;
import dev.journeykit.render.svg.internal.Layout.Box;
import dev.journeykit.render.svg.internal.Layout.Route;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlowViewTest {

    private static Layout flow(JourneyMap map, Settings.Mark... marks) {
        return Views.draw(map, View.FLOW, new Settings(Theme.LIGHT, Optional.empty(), List.of(marks), "jk", 1))
                .layout();
    }

    /**
     * A thick arrow a1 -> c1 skips stage B through a gap kept open right above b1, and b1 carries
     * a warning badge (a triangle whose apex stands 19 px above the box). The 8 px line is twice as
     * wide as the gap, so the badge room must be counted from the line's lower edge, not the gap's.
     */
    @Test
    void a_thick_arrow_through_a_gap_keeps_clear_of_the_badge_on_the_box_below() {
        JourneyMap map = JourneyMaps.journey("Skip").channels(Channels.WEB)
                .stage("a", "A", s -> s.touchpoint("a1", "A1").via("web").touchpoint("a2", "A2").via("web"))
                .stage("b", "B", s -> s.touchpoint("b1", "B1").via("web"))
                .stage("c", "C", s -> s.touchpoint("c1", "C1").via("web").touchpoint("c2", "C2").via("web"))
                .flow(f -> f.steps("a1", "c1").volume(1000))
                .flow(f -> f.steps("a2", "b1").volume(1))
                .flow(f -> f.steps("b1", "c2").volume(1))
                .build();
        Layout layout = flow(map, new Settings.Mark(1, "warning", "code", "message", List.of("b1")));

        Route skip = layout.routes().stream().filter(r -> r.key().equals("t:0")).findFirst().orElseThrow();
        assertThat(skip.width()).isEqualTo(8.0);
        Box b1 = layout.elements().get("b1");
        Badge badge = layout.badges().stream().filter(b -> b.subject().equals(b1)).findFirst().orElseThrow();
        Box shape = badge.bounds();
        // the line runs through the gap just above b1, across the badge
        double lineY = skip.points().stream().filter(p -> p[0] >= b1.x() && p[0] <= b1.right())
                .mapToDouble(p -> p[1]).max().orElseThrow();
        assertThat(lineY).isLessThan(b1.y());
        // every point of the line over the badge (and as far to its sides as the line is thick) keeps its
        // lower edge at least the badge's outline (1.5 px) above the badge
        double half = skip.width() / 2;
        for (double[] p : skip.points()) {
            if (p[0] + half > shape.x() && p[0] - half < shape.right()) {
                assertThat(p[1] + half + 1.5).as("line at (%s, %s) over %s", p[0], p[1], badge)
                        .isLessThanOrEqualTo(shape.y());
            }
        }
        assertThat(shape.y() - (lineY + half)).isEqualTo(2.0, org.assertj.core.data.Offset.offset(0.05));
    }
}
