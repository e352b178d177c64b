package dev.journeykit.assertj;

import static dev.journeykit.assertj.internal.Describe.quoted;

import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Finding;
import java.util.List;
import org.assertj.core.api.AssertionErrorCollector;

/**
 * Assertions on an {@link AnalysisReport} made elsewhere (by the CLI's code, with custom
 * analyzers...); start with {@link JourneyAssertions#assertThat(AnalysisReport)}. The checks are
 * those of a map: {@code assertThat(report).hasNoFindingsAtOrAbove(Severity.WARNING)}.
 */
public class AnalysisReportAssert extends AbstractFindingsAssert<AnalysisReportAssert, AnalysisReport> {

    public AnalysisReportAssert(AnalysisReport actual) {
        this(actual, null, false);
    }

    AnalysisReportAssert(AnalysisReport actual, AssertionErrorCollector collector, boolean skipped) {
        super(actual, AnalysisReportAssert.class, collector, skipped);
    }

    @Override
    List<Finding> actualFindings() {
        isNotNull();
        return actual.findings();
    }

    /** {@code report of journey "Title" (shop.journey)}. */
    @Override
    String subject() {
        return "report of journey " + quoted(actual.mapTitle()) + actual.file().map(f -> " (" + f + ")").orElse("");
    }
}
