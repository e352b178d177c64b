package dev.journeykit.assertj;

import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * The JourneyKit entry points of soft assertions, to mix into any AssertJ
 * {@link SoftAssertionsProvider}; {@link JourneySoftAssertions} is the ready-made one. Failures are
 * collected, not thrown, and reported together by {@code assertAll()}.
 */
public interface JourneySoftAssertionsProvider extends SoftAssertionsProvider {

    /** Soft assertions on a journey map. */
    default JourneyMapAssert assertThat(JourneyMap actual) {
        return new JourneyMapAssert(actual, this, false);
    }

    /** Soft assertions on the findings of an analysis report. */
    default AnalysisReportAssert assertThat(AnalysisReport actual) {
        return new AnalysisReportAssert(actual, this, false);
    }

    /** Soft assertions on what customers did, as a log replayed through a map shows it. */
    default ObservedJourneyAssert assertThat(ObservedJourney actual) {
        return new ObservedJourneyAssert(actual, this, false);
    }

    /** Soft snapshot assertions on a rendered SVG. */
    default SvgAssert assertThatSvg(String svg) {
        return new SvgAssert(svg, this, false);
    }
}
