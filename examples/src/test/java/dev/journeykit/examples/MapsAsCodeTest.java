package dev.journeykit.examples;

import static dev.journeykit.assertj.JourneyAssertions.assertThat;
import static dev.journeykit.assertj.JourneyAssertions.assertThatThrownBy;

import dev.journeykit.assertj.JourneySoftAssertions;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.dsl.JourneyDsl;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The example maps tested the way a team keeps its own maps as code: with journey-assertj, so a
 * change that opens a gap fails the build with a message that says where.
 */
class MapsAsCodeTest {

    @Test
    void returns_journey_offers_chat_at_the_start_and_takes_kim_straight_through() {
        JourneyMap map = ReturnsJourney.map();

        assertThat(map).stage("start-return").hasTouchpointVia("live-chat").hasAtMostSteps(6);
        assertThat(map).persona("kim").path("Kim returns the jacket").isLinear().visitsStagesInOrder();
        assertThat(map).hasNoFindingsAtOrAbove(Severity.ERROR);
    }

    @Test
    void returns_journey_has_a_known_gap_kim_preferred_channels_miss_the_send_back_stage() {
        assertThatThrownBy(() -> assertThat(ReturnsJourney.map()).persona("kim").coversPreferredChannels())
                .hasMessage("\nExpecting persona \"kim\" to be offered one of its preferred channels"
                        + " [\"email\", \"live-chat\"] in every stage where it has steps\n"
                        + "but these stages offer none of them:\n"
                        + "  - stage \"send-back\": offers [\"web\", \"parcel-shop\"]");
    }

    @Test
    void satin_pillowcase_map_keeps_its_promises() throws IOException {
        JourneyMap map = JourneyDsl.parse(Path.of("maps", "satin-pillowcase.journey"));

        JourneySoftAssertions softly = new JourneySoftAssertions();
        softly.assertThat(map).stage("consideration").hasTouchpointVia("chat").hasAtMostSteps(6);
        softly.assertThat(map).persona("amber").coversPreferredChannels()
                .path("First purchase from the podcast ad").visitsStagesInOrder();
        // the awareness stage is not surveyed on purpose: the map suppresses that finding
        softly.assertThat(map).hasNoFinding("coverage.no-feedback").hasNoFindingsAtOrAbove(Severity.ERROR);
        softly.assertAll();
    }

    @Test
    void satin_pillowcase_path_goes_back_to_the_product_page_and_the_failure_says_where() throws IOException {
        JourneyMap map = JourneyDsl.parse(Path.of("maps", "satin-pillowcase.journey"));

        assertThatThrownBy(() -> assertThat(map).persona("amber").path("First purchase from the podcast ad").isLinear())
                .hasMessage("\nExpecting path \"First purchase from the podcast ad\" of persona \"amber\""
                        + " (maps/satin-pillowcase.journey:143:5) to be linear"
                        + " (no step visited twice, never back to an earlier stage)\n"
                        + "but it is not:\n"
                        + "  - step 5 \"product-page\" (maps/satin-pillowcase.journey:45:9): visited again (first at step 3)");
    }
}
