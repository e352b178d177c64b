package dev.journeykit.assertj;

import static dev.journeykit.assertj.Fixtures.shop;
import static dev.journeykit.assertj.JourneyAssertions.assertThat;
import static dev.journeykit.assertj.JourneyAssertions.assertThatThrownBy;

import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyMapAssertTest {

    @Test
    void moves_to_a_stage_and_a_persona_the_map_has() {
        assertThat(shop()).stage("decision").hasStep("checkout");
        assertThat(shop()).persona("amber").path("Dithering").visitsStagesInOrder();
    }

    @Test
    void rejects_a_stage_the_map_does_not_have_listing_its_stages() {
        assertThatThrownBy(() -> assertThat(shop()).stage("decisoin"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("\nExpecting journey \"Satin pillowcase\" (shop.journey:1:1) to have a stage \"decisoin\"\n"
                        + "but its stages are [\"awareness\", \"consideration\", \"decision\", \"aftercare\"]");
    }

    @Test
    void rejects_a_stage_id_that_names_another_kind_of_element_with_its_position() {
        assertThatThrownBy(() -> assertThat(shop()).stage("checkout"))
                .hasMessage("\nExpecting journey \"Satin pillowcase\" (shop.journey:1:1) to have a stage \"checkout\"\n"
                        + "but \"checkout\" is a touchpoint (shop.journey:21:9)");
    }

    @Test
    void rejects_a_stage_of_a_map_without_stages() {
        JourneyMap empty = JourneyMaps.journey("Blank").build();
        assertThatThrownBy(() -> assertThat(empty).stage("awareness"))
                .hasMessage("\nExpecting journey \"Blank\" to have a stage \"awareness\"\nbut it has no stage");
    }

    @Test
    void rejects_a_persona_the_map_does_not_have_listing_its_personas() {
        assertThatThrownBy(() -> assertThat(shop()).persona("zoe"))
                .hasMessage("\nExpecting journey \"Satin pillowcase\" (shop.journey:1:1) to have a persona \"zoe\"\n"
                        + "but its personas are [\"amber\", \"carl\"]");
    }

    @Test
    void rejects_a_null_map_the_way_assertj_does() {
        assertThatThrownBy(() -> assertThat((JourneyMap) null).stage("awareness"))
                .hasMessage(String.format("%nExpecting actual not to be null"));
    }

    @Test
    void keeps_assertj_own_assertions_behind_the_same_entry_point() {
        assertThat(List.of("awareness", "decision")).containsExactly("awareness", "decision");
        assertThat("journey").startsWith("jour");
    }

    @Test
    void puts_a_description_given_with_as_before_the_message() {
        assertThatThrownBy(() -> assertThat(shop()).as("the shop map").stage("nope"))
                .hasMessageStartingWith("[the shop map] \nExpecting journey \"Satin pillowcase\"");
    }

    @Test
    void rejects_null_ids_and_names_as_programming_errors_naming_the_argument() {
        assertThatThrownBy(() -> assertThat(shop()).stage(null))
                .isInstanceOf(NullPointerException.class).hasMessage("stage id must not be null");
        assertThatThrownBy(() -> assertThat(shop()).persona(null))
                .isInstanceOf(NullPointerException.class).hasMessage("persona id must not be null");
        assertThatThrownBy(() -> assertThat(shop()).persona("amber").path(null))
                .isInstanceOf(NullPointerException.class).hasMessage("path name must not be null");
        assertThatThrownBy(() -> assertThat(shop()).stage("decision").hasStep(null))
                .isInstanceOf(NullPointerException.class).hasMessage("step id must not be null");
        assertThatThrownBy(() -> assertThat(shop()).stage("decision").hasTouchpointVia(null))
                .isInstanceOf(NullPointerException.class).hasMessage("channel id must not be null");
        assertThatThrownBy(() -> assertThat(shop()).stage("decision").hasAtMostSteps(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the most steps of a stage cannot be negative, got -1");
    }
}
