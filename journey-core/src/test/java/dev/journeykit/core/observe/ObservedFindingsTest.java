package dev.journeykit.core.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.analysis.observed.ObservedAnalyzers;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The observed.* findings on the log of {@link ReplayTest}, whose figures are worked out there. */
class ObservedFindingsTest {

    private final JourneyMap map = ReplayTest.shop();
    private final ObservedJourney observed = Rows.observe(map, ReplayTest.LOG);

    private static List<String> lines(AnalysisReport report) {
        return report.findings().stream().map(Finding::toString).toList();
    }

    @Test
    void reports_each_disagreement_between_the_log_and_the_map() {
        assertThat(lines(ObservedAnalyzers.analyze(map, observed, AnalysisOptions.defaults()))).containsExactly(
                "warning observed.drop-off: 75.0 % of the customers who reached stage 'decide' went no further "
                        + "(3 of 4): find out where they leave and what would carry them on",
                "warning observed.low-fitness: only 62.5 % of the observed transitions are designed by the map "
                        + "(at least 80.0 % wanted): the map does not describe what customers do; see the undesigned transitions",
                "warning observed.low-fitness: only 50.0 % of the observed transitions of persona 'ben' are designed "
                        + "by the flows and its paths (at least 80.0 % wanted)",
                "warning observed.repeat-contact: 25.0 % of the customers who reached stage 'decide' (1) contacted "
                        + "assisted or voice channels twice or more there: resolve on first contact",
                "warning observed.unbound-event: event \"page_ping\" (2 rows, 13.3 % of the events) binds to no step: "
                        + "bind it with an event statement on the step it means, or leave it out of the log",
                "warning observed.unbound-event: event \"cart\" (1 row, 6.7 % of the events) binds to no step: "
                        + "bind it with an event statement on the step it means, or leave it out of the log",
                "warning observed.undesigned-transition: 1 customer went directly from 'cart' to 'search' (once, "
                        + "33.3 % of the moves from 'cart'), which the map does not design: add a flow or path step "
                        + "for it, or find out why customers take it",
                "warning observed.undesigned-transition: 1 customer went directly from 'cart' to 'help' (once, "
                        + "33.3 % of the moves from 'cart'), which the map does not design: add a flow or path step "
                        + "for it, or find out why customers take it",
                "warning observed.undesigned-transition: 1 customer went directly from 'help' to 'help' (once, "
                        + "100.0 % of the moves from 'help'), which the map does not design: add a flow or path step "
                        + "for it, or find out why customers take it",
                "info observed.non-linear: 25.0 % of the customers (1 of 4) went back to an earlier stage, and 2 came "
                        + "back to a step: the journey is not a line; make going back easy where it helps");
    }

    @Test
    void the_text_report_writes_one_customer_in_the_singular() {
        String text = dev.journeykit.core.analysis.report.ObservedReports.text("shop.journey", observed,
                ObservedAnalyzers.analyze(map, observed, AnalysisOptions.defaults()), 5);
        assertThat(text).contains("\nnon-linear: 1 customer (25.0 %) went back a stage; 2 came back to a step\n");
    }

    @Test
    void reports_unobserved_steps_unused_transitions_and_sums_rare_unbound_events() {
        List<Rows.Row> rows = new java.util.ArrayList<>();
        rows.add(Rows.row("c1", 0, "search"));
        rows.add(Rows.row("c1", 1, "cart_viewed"));
        for (int i = 0; i < 2000; i++) {
            rows.add(Rows.row("c2", i, "search"));
        }
        rows.add(Rows.row("c3", 0, "rare_one"));
        rows.add(Rows.row("c3", 0, "rare_two"));
        AnalysisOptions only = AnalysisOptions.builder().disable("observed.undesigned-transition")
                .disable("observed.low-fitness").disable("observed.non-linear").disable("observed.drop-off").build();
        assertThat(lines(ObservedAnalyzers.analyze(map, Rows.observe(map, rows), only))).containsExactly(
                "warning observed.unbound-event: 2 other event names (2 rows, each under 0.1 % of the events) bind to "
                        + "no step; the report's unboundEvents lists them",
                "warning observed.unobserved-step: touchpoint 'faq' (event 'faq') was reached by no event of the log: "
                        + "check its binding (event statements) or find out why customers skip it",
                "warning observed.unobserved-step: touchpoint 'help' (event 'help') was reached by no event of the "
                        + "log: check its binding (event statements) or find out why customers skip it",
                "warning observed.unobserved-step: touchpoint 'pay' (event 'pay') was reached by no event of the log: "
                        + "check its binding (event statements) or find out why customers skip it",
                "info observed.unused-transition: no customer went directly from 'search' to 'faq', which the map "
                        + "designs: check the binding of both steps, or drop the transition if the journey no longer has it",
                "info observed.unused-transition: no customer went directly from 'faq' to 'cart', which the map "
                        + "designs: check the binding of both steps, or drop the transition if the journey no longer has it",
                "info observed.unused-transition: no customer went directly from 'cart' to 'pay', which the map "
                        + "designs: check the binding of both steps, or drop the transition if the journey no longer has it");
    }

    @Test
    void thresholds_come_from_the_options() {
        AnalysisOptions options = AnalysisOptions.builder().set("maxDropOff", "0.8").set("minFitness", "0.5")
                .set("minTransitionShare", "0.6").set("maxRepeatContactShare", "0.3").set("minEventShare", "0.2")
                .build();
        assertThat(ObservedAnalyzers.analyze(map, observed, options).findings()).extracting(Finding::code)
                .doesNotContain("observed.drop-off", "observed.low-fitness", "observed.repeat-contact")
                .contains("observed.unbound-event");
    }

    @Test
    void a_map_suppression_silences_an_observed_finding_and_check_never_calls_it_unused() {
        JourneyMap suppressing = JourneyMaps.journey("Shop").channel("web", "Web")
                .stage("a", "A", s -> s.touchpoint("x", "X").via("web"))
                .suppress("observed.unobserved-step", "x", "Launched next month")
                .suppressEverywhere("observed.drop-off", "Known")
                .build();
        AnalysisReport observedReport = ObservedAnalyzers.analyze(suppressing,
                Rows.observe(suppressing, List.of()), AnalysisOptions.defaults());
        assertThat(observedReport.findings()).isEmpty();
        assertThat(observedReport.suppressed()).extracting(s -> s.finding().code() + " " + s.reason())
                .containsExactly("observed.unobserved-step Launched next month");
        assertThat(Analyzers.defaults().analyze(suppressing).findings(Rule.SUPPRESSION_UNUSED.code())).isEmpty();
        assertThat(AnalysisOptions.builder().severity("observed.drop-off", Severity.ERROR).disable("observed.non-linear")
                .build().severityOf(Rule.OBSERVED_DROP_OFF)).isEqualTo(Severity.ERROR);
    }
}
