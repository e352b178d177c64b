package dev.journeykit.core.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Analyzers} found in one map: the findings in a deterministic order (severity, then
 * code, then the map's order of the subjects), the findings the map suppressed with their
 * reasons, and the computed tables (stage x channel coverage, stage statistics, path statistics).
 * Immutable.
 */
public final class AnalysisReport {

    private final String mapTitle;
    private final Optional<String> file;
    private final List<Finding> findings;
    private final List<SuppressedFinding> suppressed;
    private final CoverageMatrix coverage;
    private final List<StageStatistics> stageStatistics;
    private final PathStatistics pathStatistics;

    /**
     * A report as given; {@link Analyzers#analyze} is the usual way to get one, with the findings
     * sorted.
     */
    public AnalysisReport(String mapTitle, Optional<String> file, List<Finding> findings,
                          List<SuppressedFinding> suppressed, CoverageMatrix coverage,
                          List<StageStatistics> stageStatistics, PathStatistics pathStatistics) {
        this.mapTitle = Objects.requireNonNull(mapTitle, "mapTitle must not be null");
        this.file = Objects.requireNonNull(file, "file must not be null");
        this.findings = List.copyOf(Objects.requireNonNull(findings, "findings must not be null"));
        this.suppressed = List.copyOf(Objects.requireNonNull(suppressed, "suppressed must not be null"));
        this.coverage = Objects.requireNonNull(coverage, "coverage must not be null");
        this.stageStatistics = List.copyOf(Objects.requireNonNull(stageStatistics, "stageStatistics must not be null"));
        this.pathStatistics = Objects.requireNonNull(pathStatistics, "pathStatistics must not be null");
    }

    /** The title of the map analyzed. */
    public String mapTitle() {
        return mapTitle;
    }

    /** The file the map was read from, when it came from text. */
    public Optional<String> file() {
        return file;
    }

    /** The findings not suppressed, in deterministic order. */
    public List<Finding> findings() {
        return findings;
    }

    /** The findings of {@code code}, in order. */
    public List<Finding> findings(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    /** The findings that the map's {@code suppress} statements silenced, in the same order. */
    public List<SuppressedFinding> suppressed() {
        return suppressed;
    }

    /** How many (not suppressed) findings have {@code severity}. */
    public int count(Severity severity) {
        int n = 0;
        for (Finding f : findings) {
            if (f.severity() == severity) {
                n++;
            }
        }
        return n;
    }

    /** The highest severity of the (not suppressed) findings; empty when there is none. */
    public Optional<Severity> highestSeverity() {
        return findings.isEmpty() ? Optional.empty() : Optional.of(findings.get(0).severity());
    }

    /** Whether some finding is at least as severe as {@code threshold}, as a CI gate asks. */
    public boolean hasAtLeast(Severity threshold) {
        return highestSeverity().filter(s -> s.compareTo(threshold) <= 0).isPresent();
    }

    /** The stage x channel matrix of touchpoint counts, overall and per persona. */
    public CoverageMatrix coverage() {
        return coverage;
    }

    /** One row per stage, in map order. */
    public List<StageStatistics> stageStatistics() {
        return stageStatistics;
    }

    public PathStatistics pathStatistics() {
        return pathStatistics;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnalysisReport r && mapTitle.equals(r.mapTitle) && file.equals(r.file)
                && findings.equals(r.findings) && suppressed.equals(r.suppressed)
                && coverage.equals(r.coverage) && stageStatistics.equals(r.stageStatistics)
                && pathStatistics.equals(r.pathStatistics);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mapTitle, findings, suppressed);
    }

    @Override
    public String toString() {
        return "AnalysisReport[" + mapTitle + ": " + count(Severity.ERROR) + " errors, "
                + count(Severity.WARNING) + " warnings, " + count(Severity.INFO) + " info, "
                + suppressed.size() + " suppressed]";
    }
}
