package dev.journeykit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.testing.Walks;
import dev.journeykit.render.svg.Theme;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlReportObservedTest {

    private static final JourneyMap MAP = JourneyMaps.journey("Shop").channel("web", "Web")
            .stage("discover", "Discover <b>", s -> s.touchpoint("faq", "FAQ & help").via("web")
                    .touchpoint("search", "Search").via("web"))
            .stage("decision", "Decision", s -> s.touchpoint("checkout", "Checkout").via("web"))
            .flow("faq", "checkout")
            .build();

    /** c1: faq, checkout (1 min apart); c2: faq, search (2 h apart); c3: search. */
    private static ObservedJourney observed() {
        return new Walks(MAP).add(1, null, 60_000L, "faq", "checkout").add(1, null, 7_200_000L, "faq", "search")
                .add(1, null, "search").result("logs/<shop>.csv");
    }

    private static String page(Optional<ObservedJourney> observed) {
        return HtmlReport.render(List.of(new HtmlReport.Entry("shop.journey", "journey \"Shop\" {\n}\n", MAP,
                Analyzers.defaults().analyze(MAP), observed)), Theme.LIGHT);
    }

    @Test
    void a_map_with_an_observation_shows_what_was_read_and_its_stages_in_a_table() {
        String page = page(Optional.of(observed()));
        assertThat(page).contains("<section class=\"observed\" id=\"m1-observed\">\n<h3>Observed</h3>\n"
                + "<p class=\"log\">3 customers, 5 events bound to steps, from 5 rows of logs/&lt;shop&gt;.csv; "
                + "0 rows bound to no step, 0 skipped. 50.0 % of the observed transitions are designed; "
                + "0 customers (0.0 %) went back a stage.</p>\n");
        assertThat(page).contains("<tr><th scope=\"row\">Discover &lt;b&gt;</th><td class=\"num\">3</td>"
                + "<td class=\"num\">2</td><td class=\"num\">66.7 %</td></tr>\n"
                + "<tr><th scope=\"row\">Decision</th><td class=\"num\">1</td><td class=\"num\">1</td>"
                + "<td class=\"num\">-</td></tr>\n");
    }

    @Test
    void one_customer_one_event_and_one_row_are_written_in_the_singular() {
        String page = page(Optional.of(new Walks(MAP).add(1, null, "faq").result("one.csv")));
        assertThat(page).contains("<p class=\"log\">1 customer, 1 event bound to steps, from 1 row of one.csv; "
                + "0 rows bound to no step, 0 skipped. ", "0 customers (0.0 %) went back a stage.</p>\n");
    }

    @Test
    void transitions_show_whether_the_map_designs_them_and_their_times_and_variants_their_share() {
        String page = page(Optional.of(observed()));
        assertThat(page).contains("<tr><td><span title=\"faq\">FAQ &amp; help</span></td>"
                + "<td><span title=\"checkout\">Checkout</span></td><td class=\"num\">1</td><td class=\"num\">1</td>"
                + "<td>designed</td><td class=\"num\">1.0 min</td><td class=\"num\">1.0 min</td></tr>\n");
        assertThat(page).contains("<tr class=\"undesigned\"><td><span title=\"faq\">FAQ &amp; help</span></td>"
                + "<td><span title=\"search\">Search</span></td><td class=\"num\">1</td><td class=\"num\">1</td>"
                + "<td>not designed</td><td class=\"num\">2.0 h</td><td class=\"num\">2.0 h</td></tr>\n");
        assertThat(page).contains("<tr><td><span title=\"search\">Search</span></td><td class=\"num\">1</td>"
                + "<td class=\"num\">33.3 %</td></tr>\n");
    }

    @Test
    void a_map_with_an_observation_draws_its_views_with_it_and_its_funnel_too() {
        String page = page(Optional.of(observed()));
        assertThat(page).contains("<figure id=\"m1-funnel-view\">", "<figcaption>funnel</figcaption>",
                "2 customers</text>");
        assertThat(page(Optional.empty())).doesNotContain("m1-funnel-view", " customers</text>");
    }

    @Test
    void a_map_without_an_observation_has_no_observed_section_and_the_four_part_entry_means_none() {
        String without = page(Optional.empty());
        assertThat(without).doesNotContain("class=\"observed\"");
        assertThat(HtmlReport.render(List.of(new HtmlReport.Entry("shop.journey", "journey \"Shop\" {\n}\n", MAP,
                Analyzers.defaults().analyze(MAP))), Theme.LIGHT)).isEqualTo(without);
    }

    @Test
    void counts_are_grouped_and_waits_read_in_their_unit() {
        assertThat(ObservedTables.count(12_345_678)).isEqualTo("12,345,678");
        assertThat(ObservedTables.duration(42)).isEqualTo("42 s");
        assertThat(ObservedTables.duration(210)).isEqualTo("3.5 min");
        assertThat(ObservedTables.duration(7560)).isEqualTo("2.1 h");
        assertThat(ObservedTables.duration(345_600)).isEqualTo("4.0 d");
    }
}
