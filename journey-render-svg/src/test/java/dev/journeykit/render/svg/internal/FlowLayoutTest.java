package dev.journeykit.render.svg.internal;

import dev.journeykit.core.testing.Walks;
import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.render.svg.Theme;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The flow's layout, computed apart from drawing: widths, labels and their places. */
class FlowLayoutTest {

    private static final JourneyMap MAP = JourneyMaps.journey("Shop").channels(Channels.WEB)
            .stage("a", "A", s -> s.touchpoint("search", "Search").via("web"))
            .stage("b", "B", s -> s.touchpoint("cart", "Cart").via("web").touchpoint("faq", "FAQ").via("web")
                    .touchpoint("chat", "Chat").via("web"))
            .flow(f -> f.steps("search", "cart"))
            .flow(f -> f.steps("search", "faq"))
            .flow(f -> f.steps("search", "chat"))
            .build();

    private static FlowLayout layout(ObservedJourney observed) {
        Settings settings = new Settings(Theme.LIGHT, Optional.empty(), List.of(), "jk", 3, Optional.of(observed));
        return FlowView.layout(MAP, settings, new Canvas(settings, 1024));
    }

    @Test
    void widths_follow_the_square_root_of_the_count_and_labels_sit_on_their_lines() {
        // 30 went to the cart, 10 to the FAQ, nobody to the chat, 5 from the FAQ back to search (not designed)
        FlowLayout f = layout(new Walks(MAP).add(30, null, "search", "cart").add(5, null, "search", "faq",
                "search").add(5, null, "search", "faq").result());
        List<FlowGraph.Edge> edges = f.g.edges;
        assertThat(edges).extracting(e -> e.observed).containsExactly(30L, 10L, 0L, 5L);
        assertThat(edges.get(3).undesigned).isTrue();
        assertThat(f.widths).containsExactly(9.0, 6.1, 1.2, 5.0);
        assertThat(f.labels).extracting(FlowLayout.EdgeLabel::text)
                .containsExactly("30 \u00b7 75%", "10 \u00b7 25%", "not in map: 5 \u00b7 100%");
        for (FlowLayout.EdgeLabel label : f.labels.subList(0, 2)) {
            double cx = label.plate().x() + label.plate().w() / 2;
            double cy = label.plate().y() + label.plate().h() / 2;
            // the first choice: centred on its line, near the middle
            assertThat(f.points(label.edge())).anyMatch(p -> Math.hypot(p[0] - cx, p[1] - cy) < 6);
        }
        // the arc back from the FAQ is short and the others' labels are in the way: its label starts or
        // ends at its line, or sits just above or below it, but stays beside the line
        Layout.Box back = f.labels.get(2).plate();
        assertThat(f.points(3)).anyMatch(p -> p[0] >= back.x() - 1 && p[0] <= back.right() + 1
                && p[1] >= back.y() - 12 && p[1] <= back.bottom() + 12);
    }

    @Test
    void the_same_input_gives_the_same_layout() {
        ObservedJourney seen = new Walks(MAP).add(3, null, "search", "chat", "chat").result();
        FlowLayout a = layout(seen);
        FlowLayout b = layout(seen);
        assertThat(a.labels).isEqualTo(b.labels);
        assertThat(a.nodeY).isEqualTo(b.nodeY);
        assertThat(a.width).isEqualTo(b.width);
    }
}
