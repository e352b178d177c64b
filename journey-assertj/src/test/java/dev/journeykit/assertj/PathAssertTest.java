package dev.journeykit.assertj;

import static dev.journeykit.assertj.Fixtures.shop;
import static dev.journeykit.assertj.Fixtures.unplaced;
import static dev.journeykit.assertj.JourneyAssertions.assertThat;
import static dev.journeykit.assertj.JourneyAssertions.assertThatThrownBy;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import org.junit.jupiter.api.Test;

class PathAssertTest {

    @Test
    void passes_on_a_path_that_moves_forward_through_new_steps() {
        assertThat(shop()).persona("amber").path("Typical first purchase").isLinear().visitsStagesInOrder();
        assertThat(shop()).persona("carl").path("Quick buy").isLinear();
    }

    @Test
    void fails_linearity_on_a_step_visited_twice_inside_one_stage() {
        assertThatThrownBy(() -> assertThat(shop()).persona("amber").path("Dithering").isLinear())
                .hasMessage("\nExpecting path \"Dithering\" of persona \"amber\" to be linear"
                        + " (no step visited twice, never back to an earlier stage)\n"
                        + "but it is not:\n"
                        + "  - step 3 \"product-page\" (shop.journey:15:9): visited again (first at step 1)");
    }

    @Test
    void allows_repeats_inside_a_stage_when_only_the_stage_order_is_asked() {
        assertThat(shop()).persona("amber").path("Dithering").visitsStagesInOrder();
    }

    @Test
    void fails_linearity_on_moves_back_and_revisits_naming_each_step() {
        assertThatThrownBy(() -> assertThat(shop()).persona("amber").path("Back and forth").isLinear())
                .hasMessage("\nExpecting path \"Back and forth\" of persona \"amber\" (shop.journey:30:5) to be linear"
                        + " (no step visited twice, never back to an earlier stage)\n"
                        + "but it is not:\n"
                        + "  - step 3 \"faq\" (shop.journey:16:9): goes back from stage \"decision\" to \"consideration\"\n"
                        + "  - step 4 \"checkout\" (shop.journey:21:9): visited again (first at step 2)");
    }

    @Test
    void fails_stage_order_on_a_move_back() {
        assertThatThrownBy(() -> assertThat(shop()).persona("amber").path("Back and forth").visitsStagesInOrder())
                .hasMessage("\nExpecting path \"Back and forth\" of persona \"amber\" (shop.journey:30:5)"
                        + " to visit the stages in order\n"
                        + "but it goes back:\n"
                        + "  - step 3 \"faq\" (shop.journey:16:9): goes back from stage \"decision\" to \"consideration\"");
    }

    @Test
    void gives_both_reasons_for_a_step_that_is_revisited_in_an_earlier_stage() {
        JourneyMap map = JourneyMaps.journey("Round trip").channels(Channels.WEB).persona("amber", "Amber")
                .stage("awareness", "Awareness", s -> s.touchpoint("ad", "Sees an ad").via("web"))
                .stage("decision", "Decision", s -> s.touchpoint("checkout", "Checks out").via("web"))
                .path("amber", "100% typical", "ad", "checkout", "ad")
                .build();
        assertThatThrownBy(() -> assertThat(map).persona("amber").path("100% typical").isLinear())
                .hasMessage("\nExpecting path \"100% typical\" of persona \"amber\" to be linear"
                        + " (no step visited twice, never back to an earlier stage)\n"
                        + "but it is not:\n"
                        + "  - step 3 \"ad\": visited again (first at step 1); goes back from stage \"decision\" to \"awareness\"");
    }

    @Test
    void names_steps_without_positions_when_the_map_was_built_in_code() {
        assertThatThrownBy(() -> assertThat(unplaced()).persona("amber").path("Back").visitsStagesInOrder())
                .hasMessage("\nExpecting path \"Back\" of persona \"amber\" to visit the stages in order\n"
                        + "but it goes back:\n"
                        + "  - step 2 \"ad\": goes back from stage \"decision\" to \"awareness\"");
    }
}
