package dev.journeykit.cli.internal;

import dev.journeykit.cli.internal.Keywords.FailOn;
import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Severity;
import picocli.CommandLine.Option;

/**
 * The {@code --fail-on} option of the commands that report findings ({@code check},
 * {@code observe}), and the one rule it sets: a run fails (exit 1) when a finding it reports has
 * that severity or a higher one.
 */
public final class FailOnOption {

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            converter = Keywords.FailOns.class, completionCandidates = Keywords.FailOns.class,
            description = "Exit with 1 when a finding has this severity or a higher one: "
                    + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private FailOn failOn;

    /** True when the report holds a finding at or above the {@code --fail-on} severity. */
    boolean fails(AnalysisReport report) {
        return failOn != FailOn.NEVER && report.hasAtLeast(Severity.valueOf(failOn.name()));
    }
}
