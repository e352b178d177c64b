package dev.journeykit.assertj;

import static dev.journeykit.assertj.Fixtures.shop;
import static dev.journeykit.assertj.JourneyAssertions.assertThat;
import static dev.journeykit.assertj.JourneyAssertions.assertThatThrownBy;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import org.junit.jupiter.api.Test;

class PersonaAssertTest {

    @Test
    void passes_when_every_stage_of_the_persona_offers_a_preferred_channel() {
        assertThat(shop()).persona("carl").coversPreferredChannels();
    }

    @Test
    void fails_listing_the_stages_that_offer_none_of_the_preferred_channels() {
        assertThatThrownBy(() -> assertThat(shop()).persona("amber").coversPreferredChannels())
                .hasMessage("\nExpecting persona \"amber\" (shop.journey:2:5) to be offered one of its preferred channels"
                        + " [\"live-chat\", \"sms\"] in every stage where it has steps\n"
                        + "but these stages offer none of them:\n"
                        + "  - stage \"awareness\" (shop.journey:10:5): offers [\"podcast\"]\n"
                        + "  - stage \"consideration\" (shop.journey:14:5): offers [\"web\"]\n"
                        + "  - stage \"aftercare\" (shop.journey:25:5): offers no channel");
    }

    @Test
    void counts_only_touchpoints_for_the_persona_as_offered() {
        JourneyMap map = JourneyMaps.journey("Split").channels(Channels.WEB, Channels.SMS)
                .persona("amber", "Amber", p -> p.prefers("sms"))
                .persona("bob", "Bob")
                .stage("care", "Care", s -> s
                        .touchpoint("text", "Gets a text").via("sms").forPersonas("bob")
                        .touchpoint("site", "Visits the site").via("web"))
                .build();
        assertThatThrownBy(() -> assertThat(map).persona("amber").coversPreferredChannels())
                .hasMessage("\nExpecting persona \"amber\" to be offered one of its preferred channels [\"sms\"]"
                        + " in every stage where it has steps\n"
                        + "but these stages offer none of them:\n"
                        + "  - stage \"care\": offers [\"web\"]");
    }

    @Test
    void passes_for_a_persona_that_prefers_no_channel() {
        JourneyMap map = JourneyMaps.journey("Indifferent").channels(Channels.WEB)
                .persona("dana", "Dana")
                .stage("awareness", "Awareness", s -> s.touchpoint("ad", "Sees an ad").via("web"))
                .build();
        assertThat(map).persona("dana").coversPreferredChannels();
    }

    @Test
    void fails_on_a_path_of_another_persona_naming_that_persona() {
        assertThatThrownBy(() -> assertThat(shop()).persona("carl").path("Typical first purchase"))
                .hasMessage("\nExpecting persona \"carl\" (shop.journey:3:5) to have a path \"Typical first purchase\"\n"
                        + "but path \"Typical first purchase\" is of persona \"amber\"");
    }

    @Test
    void fails_on_an_unknown_path_listing_the_persona_paths() {
        assertThatThrownBy(() -> assertThat(shop()).persona("amber").path("Impulse buy"))
                .hasMessage("\nExpecting persona \"amber\" (shop.journey:2:5) to have a path \"Impulse buy\"\n"
                        + "but its paths are [\"Typical first purchase\", \"Dithering\", \"Back and forth\"]");
    }

    @Test
    void fails_on_a_path_of_a_persona_without_paths() {
        JourneyMap map = JourneyMaps.journey("Pathless").persona("dana", "Dana").build();
        assertThatThrownBy(() -> assertThat(map).persona("dana").path("Typical"))
                .hasMessage("\nExpecting persona \"dana\" to have a path \"Typical\"\nbut it has no path");
    }
}
