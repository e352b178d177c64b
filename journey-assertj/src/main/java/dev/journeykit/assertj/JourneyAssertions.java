package dev.journeykit.assertj;

import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import org.assertj.core.api.Assertions;

/**
 * The one entry point for JourneyKit's assertions. It extends AssertJ's {@link Assertions}, so a
 * single static import serves every assertion of a test:
 *
 * <pre>{@code
 * import static dev.journeykit.assertj.JourneyAssertions.assertThat;
 *
 * assertThat(map).stage("decision").hasTouchpointVia("live-chat");
 * assertThat(map).persona("amber").path("Typical first purchase").isLinear();
 * assertThat(List.of(1, 2)).hasSize(2);          // AssertJ's own, through the same import
 * }</pre>
 *
 * For soft assertions use {@link JourneySoftAssertions}.
 */
public class JourneyAssertions extends Assertions {

    /** For those who extend the entry point with their own assertions. */
    protected JourneyAssertions() {
    }

    /** Assertions on a journey map. */
    public static JourneyMapAssert assertThat(JourneyMap actual) {
        return new JourneyMapAssert(actual);
    }

    /** Assertions on the findings of an analysis report. */
    public static AnalysisReportAssert assertThat(AnalysisReport actual) {
        return new AnalysisReportAssert(actual);
    }

    /** Assertions on what customers did: an event log replayed through a map. */
    public static ObservedJourneyAssert assertThat(ObservedJourney actual) {
        return new ObservedJourneyAssert(actual);
    }

    /** Snapshot assertions on a rendered SVG: {@code assertThatSvg(svg).matchesSnapshot(path)}. */
    public static SvgAssert assertThatSvg(String svg) {
        return new SvgAssert(svg);
    }
}
