package dev.journeykit.cli.internal;

import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.CoverageMatrix;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.PathStatistics;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.dsl.Diagnostic;
import dev.journeykit.dsl.JourneyDslException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report of a file that did not parse: one finding {@value #CODE} (severity error) for each
 * diagnostic, at its file, line and column, and empty tables. {@code check} puts it in its JSON
 * and SARIF reports so that a report never hides a file it could not read.
 */
final class SyntaxErrors {

    /** The code of a problem in the text of a map (syntax, an unknown reference, bytes that are not UTF-8). */
    static final String CODE = "syntax.error";

    private static final CoverageMatrix NO_COVERAGE = new CoverageMatrix(List.of(), List.of(), List.of(), Map.of(),
            List.of());
    private static final PathStatistics NO_PATHS = new PathStatistics(0, 0, 0, 0, 0, false, 0, 0, 0, 0);

    private SyntaxErrors() {
    }

    /** The report of {@code file}, whose text has the diagnostics of {@code e}; the map title is empty. */
    static AnalysisReport report(String file, JourneyDslException e) {
        List<Finding> findings = e.diagnostics().stream().map(SyntaxErrors::finding).toList();
        return new AnalysisReport("", Optional.of(file), findings, List.of(), NO_COVERAGE, List.of(), NO_PATHS);
    }

    private static Finding finding(Diagnostic d) {
        return new Finding(CODE, Severity.ERROR, d.message(), List.of(), Optional.of(d.position()));
    }
}
