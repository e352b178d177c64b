package dev.journeykit.assertj;

import static dev.journeykit.assertj.Fixtures.shop;
import static dev.journeykit.assertj.Fixtures.unplaced;
import static dev.journeykit.assertj.JourneyAssertions.assertThat;
import static dev.journeykit.assertj.JourneyAssertions.assertThatThrownBy;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StageAssertTest {

    @Test
    void passes_when_a_touchpoint_of_the_stage_is_on_the_channel() {
        assertThat(shop()).stage("decision").hasTouchpointVia("live-chat").hasTouchpointVia("web");
    }

    @Test
    void fails_when_no_touchpoint_of_the_stage_is_on_the_channel_listing_their_channels() {
        assertThatThrownBy(() -> assertThat(shop()).stage("consideration").hasTouchpointVia("live-chat"))
                .hasMessage("\nExpecting stage \"consideration\" (shop.journey:14:5) to have a touchpoint via \"live-chat\"\n"
                        + "but its touchpoints are via:\n"
                        + "  - touchpoint \"product-page\" (shop.journey:15:9): via \"web\"\n"
                        + "  - touchpoint \"faq\" (shop.journey:16:9): via \"web\"");
    }

    @Test
    void fails_on_a_stage_of_moments_only_saying_it_has_no_touchpoint() {
        assertThatThrownBy(() -> assertThat(shop()).stage("aftercare").hasTouchpointVia("sms"))
                .hasMessage("\nExpecting stage \"aftercare\" (shop.journey:25:5) to have a touchpoint via \"sms\"\n"
                        + "but it has no touchpoint");
    }

    @Test
    void passes_when_the_stage_has_at_most_the_steps() {
        assertThat(shop()).stage("consideration").hasAtMostSteps(3).hasAtMostSteps(4);
    }

    @Test
    void fails_when_the_stage_has_more_steps_listing_them() {
        assertThatThrownBy(() -> assertThat(shop()).stage("consideration").hasAtMostSteps(2))
                .hasMessage("\nExpecting stage \"consideration\" (shop.journey:14:5) to have at most 2 steps\n"
                        + "but it has 3:\n"
                        + "  - touchpoint \"product-page\" (shop.journey:15:9)\n"
                        + "  - touchpoint \"faq\" (shop.journey:16:9)\n"
                        + "  - moment \"compares\" (shop.journey:17:9)");
    }

    @Test
    void names_elements_without_positions_when_the_map_was_built_in_code() {
        assertThatThrownBy(() -> assertThat(unplaced()).stage("awareness").hasAtMostSteps(0))
                .hasMessage("\nExpecting stage \"awareness\" to have at most 0 steps\nbut it has 1:\n  - touchpoint \"ad\"");
    }

    @Test
    void lists_at_most_twenty_offenders_and_counts_the_rest() {
        JourneyMap crowded = JourneyMaps.journey("Crowded").channels(Channels.WEB)
                .stage("busy", "Busy", s -> IntStream.rangeClosed(1, 23)
                        .forEach(i -> s.touchpoint("t" + i, "Step " + i).via("web")))
                .build();
        String listed = IntStream.rangeClosed(1, 20).mapToObj(i -> "  - touchpoint \"t" + i + "\"")
                .collect(Collectors.joining("\n"));
        assertThatThrownBy(() -> assertThat(crowded).stage("busy").hasAtMostSteps(1))
                .hasMessage("\nExpecting stage \"busy\" to have at most 1 step\nbut it has 23:\n"
                        + listed + "\n  ... and 3 more");
    }

    @Test
    void passes_when_the_stage_holds_the_step() {
        assertThat(shop()).stage("consideration").hasStep("faq").hasStep("compares");
    }

    @Test
    void fails_on_a_step_of_another_stage_naming_that_stage() {
        assertThatThrownBy(() -> assertThat(shop()).stage("consideration").hasStep("checkout"))
                .hasMessage("\nExpecting stage \"consideration\" (shop.journey:14:5) to have a step \"checkout\"\n"
                        + "but \"checkout\" is in stage \"decision\" (shop.journey:20:5)");
    }

    @Test
    void fails_on_an_id_that_is_no_step() {
        assertThatThrownBy(() -> assertThat(shop()).stage("consideration").hasStep("web"))
                .hasMessage("\nExpecting stage \"consideration\" (shop.journey:14:5) to have a step \"web\"\n"
                        + "but \"web\" is a channel");
    }

    @Test
    void fails_on_an_unknown_step_listing_the_stage_steps() {
        assertThatThrownBy(() -> assertThat(shop()).stage("consideration").hasStep("refund"))
                .hasMessage("\nExpecting stage \"consideration\" (shop.journey:14:5) to have a step \"refund\"\n"
                        + "but its steps are [\"product-page\", \"faq\", \"compares\"]");
    }

    @Test
    void fails_on_a_step_of_an_empty_stage_saying_it_has_none() {
        JourneyMap map = JourneyMaps.journey("Bare").stage("awareness", "Awareness").build();
        assertThatThrownBy(() -> assertThat(map).stage("awareness").hasStep("ad"))
                .hasMessage("\nExpecting stage \"awareness\" to have a step \"ad\"\nbut it has no step");
    }
}
