package dev.journeykit.assertj;

import static dev.journeykit.assertj.Fixtures.shop;
import static dev.journeykit.assertj.JourneyAssertions.assertThat;
import static dev.journeykit.assertj.JourneyAssertions.assertThatThrownBy;

import dev.journeykit.core.analysis.Severity;
import java.util.List;
import org.assertj.core.api.SoftAssertionsProvider;
import org.junit.jupiter.api.Test;

class JourneySoftAssertionsTest {

    /** The collected messages, without the line AssertJ adds to say where each soft failure happened. */
    private static List<String> messages(JourneySoftAssertions softly) {
        return softly.errorsCollected().stream().map(Throwable::getMessage)
                .map(m -> m.substring(0, m.lastIndexOf(String.format("%nat JourneySoftAssertionsTest."))))
                .toList();
    }

    @Test
    void collects_every_failure_of_a_chain_and_goes_on() {
        JourneySoftAssertions softly = new JourneySoftAssertions();
        softly.assertThat(shop()).stage("consideration").hasTouchpointVia("live-chat").hasAtMostSteps(2).hasStep("faq");
        softly.assertThat(shop()).persona("amber").coversPreferredChannels().path("Dithering").isLinear();

        assertThat(messages(softly)).hasSize(4);
        assertThat(messages(softly).get(0)).startsWith(
                "\nExpecting stage \"consideration\" (shop.journey:14:5) to have a touchpoint via \"live-chat\"");
        assertThat(messages(softly).get(1)).startsWith(
                "\nExpecting stage \"consideration\" (shop.journey:14:5) to have at most 2 steps");
        assertThat(messages(softly).get(2)).startsWith(
                "\nExpecting persona \"amber\" (shop.journey:2:5) to be offered one of its preferred channels");
        assertThat(messages(softly).get(3)).startsWith(
                "\nExpecting path \"Dithering\" of persona \"amber\" to be linear");
        assertThatThrownBy(softly::assertAll).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Multiple Failures (4 failures)");
    }

    @Test
    void reports_a_failed_navigation_once_and_skips_the_checks_after_it() {
        JourneySoftAssertions softly = new JourneySoftAssertions();
        softly.assertThat(shop()).stage("refunds").hasAtMostSteps(0).hasTouchpointVia("sms");
        softly.assertThat(shop()).persona("zoe").coversPreferredChannels().path("Typical").isLinear();
        softly.assertThat(shop()).persona("amber").path("Impulse buy").isLinear().visitsStagesInOrder();

        assertThat(messages(softly)).containsExactly(
                "\nExpecting journey \"Satin pillowcase\" (shop.journey:1:1) to have a stage \"refunds\"\n"
                        + "but its stages are [\"awareness\", \"consideration\", \"decision\", \"aftercare\"]",
                "\nExpecting journey \"Satin pillowcase\" (shop.journey:1:1) to have a persona \"zoe\"\n"
                        + "but its personas are [\"amber\", \"carl\"]",
                "\nExpecting persona \"amber\" (shop.journey:2:5) to have a path \"Impulse buy\"\n"
                        + "but its paths are [\"Typical first purchase\", \"Dithering\", \"Back and forth\"]");
    }

    @Test
    void collects_finding_failures_of_maps_and_reports() {
        JourneySoftAssertions softly = new JourneySoftAssertions();
        softly.assertThat(shop()).analyzedWith(FindingsAssertTest.allFour())
                .hasNoFindingsAtOrAbove(Severity.WARNING)
                .hasFinding("coverage.no-help").on("decision").withSeverity(Severity.ERROR);
        softly.assertThat(shop()).analyzedWith(FindingsAssertTest.allFour())
                .hasFinding("coverage.no-feedback").on("faq").withSeverity(Severity.ERROR);
        softly.assertThat(FindingsAssertTest.finding(FindingsAssertTest.NO_OWNER).analyze(shop())).hasNoFindings();

        assertThat(messages(softly)).containsExactly(
                "\nExpecting journey \"Satin pillowcase\" (shop.journey:1:1) to have no findings at or above warning\n"
                        + "but it has 1 finding:\n" + FindingsAssertTest.PREFERRED_CHANNEL_LINE,
                "\nExpecting journey \"Satin pillowcase\" (shop.journey:1:1) to have a finding coverage.no-help\n"
                        + "but its findings are:\n" + FindingsAssertTest.PREFERRED_CHANNEL_LINE
                        + "\n" + FindingsAssertTest.AWARENESS_LINE + "\n" + FindingsAssertTest.DECISION_LINE
                        + "\n" + FindingsAssertTest.NO_OWNER_LINE,
                "\nExpecting journey \"Satin pillowcase\" (shop.journey:1:1) to have a finding coverage.no-feedback"
                        + " on \"faq\"\nbut it only has:\n" + FindingsAssertTest.AWARENESS_LINE
                        + "\n" + FindingsAssertTest.DECISION_LINE,
                "\nExpecting report of journey \"Satin pillowcase\" (shop.journey) to have no findings\n"
                        + "but it has 1 finding:\n" + FindingsAssertTest.NO_OWNER_LINE);
    }

    @Test
    void passes_when_every_soft_assertion_holds() {
        JourneySoftAssertions softly = new JourneySoftAssertions();
        softly.assertThat(shop()).stage("decision").hasTouchpointVia("live-chat").hasAtMostSteps(6);
        softly.assertThat(shop()).persona("carl").coversPreferredChannels().path("Quick buy").isLinear();
        softly.assertThat(List.of(1, 2)).hasSize(2);

        softly.assertAll();
        assertThat(softly.wasSuccess()).isTrue();
    }

    @Test
    void works_with_assertj_assert_softly() {
        assertThatThrownBy(() -> SoftAssertionsProvider.assertSoftly(JourneySoftAssertions.class, softly -> {
            softly.assertThat(shop()).stage("aftercare").hasTouchpointVia("sms");
            softly.assertThat(shop()).stage("decision").hasAtMostSteps(1);
        })).isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have a touchpoint via \"sms\"")
                .hasMessageContaining("to have at most 1 step\n");
    }
}
