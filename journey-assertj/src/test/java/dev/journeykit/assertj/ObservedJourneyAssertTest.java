package dev.journeykit.assertj;

import static dev.journeykit.assertj.JourneyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.testing.Walks;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservedJourneyAssertTest {

    private static final JourneyMap MAP = JourneyMaps.journey("Shop").channel("web", "Web")
            .stage("discover", "Discover", s -> s.touchpoint("faq", "FAQ").via("web").touchpoint("search", "Search").via("web"))
            .stage("decision", "Decision", s -> s.touchpoint("checkout", "Checkout").via("web"))
            .flow("faq", "checkout")
            .build();

    /** c1: faq, checkout; c2: faq, search; c3: search (a second apart). */
    private static ObservedJourney observed() {
        return new Walks(MAP).add(1, null, 1000L, "faq", "checkout").add(1, null, 1000L, "faq", "search")
                .add(1, null, "search").result("log.csv");
    }

    private final ObservedJourney observed = observed();

    @Test
    void passes_on_what_customers_did() {
        assertThat(observed).hasCustomers(3);
        assertThat(observed).stage("discover").dropOff().isGreaterThan(0.6).isLessThan(0.7);
        assertThat(observed).stage("discover").reached().isEqualTo(3);
        assertThat(observed).transition("faq", "checkout").isObserved().isDesigned();
        assertThat(observed).transition("faq", "checkout").count().isEqualTo(1);
        assertThat(observed).transition("checkout", "faq").isNotObserved();
        assertThat(observed).fitness().isEqualTo(0.5).isAtLeast(0.5).isAtMost(0.5);
    }

    @Test
    void failure_messages_say_what_was_measured_and_what_was_found() {
        assertThatThrownBy(() -> assertThat(observed).stage("discover").dropOff().isLessThan(0.3))
                .hasMessage("[drop-off of stage \"discover\": 2 of the 3 customers who reached it went no further] \n"
                        + "Expecting actual:\n  0.6666666666666666\nto be less than:\n  0.3 ");
        assertThatThrownBy(() -> assertThat(observed).stage("decision").dropOff())
                .hasMessage("\nExpecting stage \"decision\" to have a drop-off\nbut it is the last stage");
        assertThatThrownBy(() -> assertThat(observed).stage("payment"))
                .hasMessage("\nExpecting the observation of \"Shop\" to have a stage \"payment\"\n"
                        + "but its stages are [\"discover\", \"decision\"]");
        assertThatThrownBy(() -> assertThat(observed).transition("faq", "faq").isObserved())
                .hasMessage("\nExpecting customers to have gone directly \"faq\" -> \"faq\"\nbut none did; the moves "
                        + "from \"faq\" were:\n  - \"faq\" -> \"search\": 1 time\n  - \"faq\" -> \"checkout\": 1 time");
        assertThatThrownBy(() -> assertThat(observed).transition("faq", "search").isDesigned())
                .hasMessage("\nExpecting the observed transition \"faq\" -> \"search\" to be designed by the map\n"
                        + "but no flow or path has it");
        assertThatThrownBy(() -> assertThat(observed).transition("faq", "search").isNotObserved())
                .hasMessage("\nExpecting no customer to have gone directly \"faq\" -> \"search\"\nbut 1 customer did, 1 time");
        assertThatThrownBy(() -> assertThat(observed).fitness().isAtLeast(0.9))
                .hasMessage("[fitness of \"Shop\": the share of the 2 observed transitions that the map designs] \n"
                        + "Expecting actual:\n  0.5\nto be greater than or equal to:\n  0.9\n");
    }

    /** The collected messages, without the line AssertJ adds to say where each soft failure happened. */
    private static List<String> messages(JourneySoftAssertions softly) {
        return softly.errorsCollected().stream().map(Throwable::getMessage)
                .map(m -> m.contains(String.format("%nat ObservedJourneyAssertTest"))
                        ? m.substring(0, m.lastIndexOf(String.format("%nat ObservedJourneyAssertTest"))) : m)
                .toList();
    }

    @Test
    void soft_assertions_collect_every_failure_of_an_observation_and_go_on() {
        JourneySoftAssertions softly = new JourneySoftAssertions();
        softly.assertThat(observed).hasCustomers(4).stage("discover").dropOff().isLessThan(0.3).isAtMost(0.2);
        softly.assertThat(observed).stage("discover").reached().isEqualTo(2);
        softly.assertThat(observed).transition("faq", "search").isDesigned().isNotObserved().count().isEqualTo(5);
        softly.assertThat(observed).fitness().isAtLeast(0.9);
        softly.assertThat(observed).hasCustomers(3).transition("faq", "checkout").isObserved().isDesigned();

        assertThat(messages(softly)).containsExactly(
                "\nExpecting the observation of \"Shop\" to have 4 customers\nbut it has 3",
                "[drop-off of stage \"discover\": 2 of the 3 customers who reached it went no further] \n"
                        + "Expecting actual:\n  0.6666666666666666\nto be less than:\n  0.3 ",
                "[drop-off of stage \"discover\": 2 of the 3 customers who reached it went no further] \n"
                        + "Expecting actual:\n  0.6666666666666666\nto be less than or equal to:\n  0.2 ",
                "[customers who reached stage \"discover\"] \nexpected: 2L\n but was: 3L",
                "\nExpecting the observed transition \"faq\" -> \"search\" to be designed by the map\n"
                        + "but no flow or path has it",
                "\nExpecting no customer to have gone directly \"faq\" -> \"search\"\nbut 1 customer did, 1 time",
                "[times customers went directly \"faq\" -> \"search\"] \nexpected: 5L\n but was: 1L",
                "[fitness of \"Shop\": the share of the 2 observed transitions that the map designs] \n"
                        + "Expecting actual:\n  0.5\nto be greater than or equal to:\n  0.9");
        // each failure is placed at the line of this test that made it, not inside the assertion classes
        assertThat(softly.errorsCollected()).allSatisfy(e -> assertThat(e.getMessage())
                .contains("at ObservedJourneyAssertTest.soft_assertions_collect_every_failure_of_an_observation_and_go_on("));
        assertThatThrownBy(softly::assertAll).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Multiple Failures (8 failures)");
    }

    @Test
    void a_soft_navigation_that_fails_is_reported_once_and_what_follows_it_is_skipped() {
        JourneySoftAssertions softly = new JourneySoftAssertions();
        softly.assertThat(observed).stage("payment").dropOff().isLessThan(0.1);
        softly.assertThat(observed).stage("payment").reached().isEqualTo(99);
        softly.assertThat(observed).stage("decision").dropOff().isLessThan(0.1).isAtLeast(0.5);
        softly.assertThat(observed).stage("decision").furthest().isEqualTo(1);

        assertThat(messages(softly)).containsExactly(
                "\nExpecting the observation of \"Shop\" to have a stage \"payment\"\n"
                        + "but its stages are [\"discover\", \"decision\"]",
                "\nExpecting the observation of \"Shop\" to have a stage \"payment\"\n"
                        + "but its stages are [\"discover\", \"decision\"]",
                "\nExpecting stage \"decision\" to have a drop-off\nbut it is the last stage");
    }

    @Test
    void a_fitness_no_transition_gives_is_reported_softly_once() {
        ObservedJourney none = new Walks(MAP).add(1, null, "search").result("log.csv");
        JourneySoftAssertions softly = new JourneySoftAssertions();
        softly.assertThat(none).fitness().isAtLeast(0.9).isAtMost(0.1);

        assertThat(messages(softly)).containsExactly(
                "\nExpecting the observation of \"Shop\" to have a fitness\nbut no customer made a transition (1 customers)");
    }
}
