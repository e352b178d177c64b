package dev.journeykit.assertj;

import static dev.journeykit.assertj.Fixtures.shop;
import static dev.journeykit.assertj.JourneyAssertions.assertThat;

import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** AssertJ's JUnit 5 extension injects JourneySoftAssertions and checks them after each test. */
@ExtendWith(SoftAssertionsExtension.class)
class SoftAssertionsExtensionTest {

    @InjectSoftAssertions
    JourneySoftAssertions softly;

    @Test
    void injects_journey_soft_assertions() {
        assertThat(softly).isNotNull();
        softly.assertThat(shop()).stage("decision").hasTouchpointVia("live-chat");
        softly.assertThat(shop()).persona("carl").coversPreferredChannels();
        assertThat(softly.errorsCollected()).isEmpty();
    }
}
