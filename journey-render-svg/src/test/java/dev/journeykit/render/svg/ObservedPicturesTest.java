package dev.journeykit.render.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import org.junit.jupiter.api.Test;

/** What the observation overlays and the funnel say, on the sample map and its sample customers. */
class ObservedPicturesTest {

    private static final JourneyMap MAP = SampleMaps.pillowcase();
    private static final ObservedJourney SEEN = SampleObservations.pillowcase();

    private static String render(View view, SvgOptions.Builder options) {
        return SvgRenderer.create(options.observed(SEEN).build()).render(MAP, view);
    }

    @Test
    void flow_labels_taken_transitions_with_count_and_share_and_marks_untaken_undesigned_and_unreached() {
        String svg = render(View.FLOW, SvgOptions.builder());
        // podcast-review -> product-page: 160 of podcast-review's 160 moves
        assertThat(svg).contains(">160 \u00b7 100%</text>");
        // the designed morning-frizz -> product-page: nobody took it, faint and dashed, no label
        assertThat(svg).containsPattern("<path id=\"jk-t-\\d+\" class=\"jk-edge jk-edge-untaken\"[^>]*stroke-width=\"1.2\"");
        // product-page -> chat is not in the map: its own id, class and a label saying so
        assertThat(svg).contains("id=\"jk-u-product-page-chat\" class=\"jk-edge jk-edge-undesigned\"");
        assertThat(svg).contains(">not in map: 18 \u00b7 5%</text>");
        assertThat(svg).contains("\u2715 nobody reached it");
        assertThat(svg).containsPattern(">11.5k reached, 98% left</tspan><tspan x=\"[0-9.]+\" dy=\"14.0\">here</tspan>");
        assertThat(svg).contains("class=\"jk-node-moment jk-node-unreached\"");
        assertThat(svg).contains("<desc id=\"jk-desc\">Flow of 'Satin pillowcase, first purchase', all personas: 7 steps in 4 "
                + "stages, 10 transitions; observed 11450 customers, 4 transitions not in the map.</desc>");
        assertThat(svg).contains(".jk-edge-undesigned,.jk-swatch.jk-edge-undesigned{");
    }

    @Test
    void without_observations_no_overlay_rule_or_mark_is_written() {
        String svg = SvgRenderer.create().render(MAP, View.FLOW);
        assertThat(svg).doesNotContain("undesigned", "untaken", "reached", "jk-edge-count", "customers");
    }

    @Test
    void map_cards_give_their_customers_and_stage_heads_their_reached_customers() {
        String svg = render(View.MAP, SvgOptions.builder());
        assertThat(svg).contains(">11.5k customers</text>", ">172 customers</text>", ">198 reached, 100% left here</text>",
                "class=\"jk-moment jk-node-unreached\"");
    }

    @Test
    void funnel_gives_reached_drop_off_personas_non_linear_and_variants() {
        String svg = render(View.FUNNEL, SvgOptions.builder());
        assertThat(svg).contains("class=\"jk jk-view-funnel jk-theme-light\"", "role=\"img\"",
                ">11.5k reached</text>", ">98% left here (11.3k customers)</text>", ">Bo, 58 (72 customers)</text>",
                ">60 \u00b7 100% left</text>",
                "Non-linear: 12 customers (&lt;1%) went back to an earlier stage; 150 did a step twice or more.",
                ">1. 11.2k customers (98%): Browses the product page</text>");
        assertThat(svg).contains("width=\"1280.0\" height=\"720.0\"");
    }

    @Test
    void funnel_without_observations_is_an_error_that_says_what_it_needs() {
        assertThatThrownBy(() -> SvgRenderer.create().render(MAP, View.FUNNEL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the funnel view draws what customers did: give the observations with SvgOptions.observed");
    }

    @Test
    void one_persona_draws_that_personas_customers() {
        String svg = render(View.FUNNEL, SvgOptions.builder().persona("bo"));
        assertThat(svg).contains("Funnel, for Bo, 58: 72 customers", ">60 reached</text>");
        assertThat(svg).doesNotContain("By persona");
    }
}
