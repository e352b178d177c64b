package dev.journeykit.core.analysis;

import com.google.common.base.Suppliers;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What {@link Analyzers} found in one map: the findings in a deterministic order (severity, then
 * code, then the map's order of the subjects), the findings the map suppressed with their
 * reasons, and the computed tables (stage x channel coverage, stage statistics, path statistics),
 * which a report of {@link Analyzers} computes only when first asked for. Immutable.
 */
public final class AnalysisReport {

    private final String mapTitle;
    private final Optional<String> file;
    private final List<Finding> findings;
    private final List<SuppressedFinding> suppressed;
    private final Supplier<CoverageMatrix> coverage;
    private final Supplier<List<StageStatistics>> stageStatistics;
    private final Supplier<PathStatistics> pathStatistics;
    private final List<Finding> baselined;
    private final boolean hasBaseline;

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
        Objects.requireNonNull(coverage, "coverage must not be null");
        List<StageStatistics> stages = List.copyOf(Objects.requireNonNull(stageStatistics, "stageStatistics must not be null"));
        Objects.requireNonNull(pathStatistics, "pathStatistics must not be null");
        this.coverage = () -> coverage;
        this.stageStatistics = () -> stages;
        this.pathStatistics = () -> pathStatistics;
        this.baselined = List.of();
        this.hasBaseline = false;
    }

    /**
     * A report whose tables are computed when first asked for, once (Guava's thread-safe
     * {@link Suppliers#memoize}): a run that only wants the findings never builds them.
     */
    AnalysisReport(String mapTitle, Optional<String> file, List<Finding> findings, List<SuppressedFinding> suppressed,
                   Supplier<CoverageMatrix> coverage, Supplier<List<StageStatistics>> stageStatistics,
                   Supplier<PathStatistics> pathStatistics) {
        this.mapTitle = mapTitle;
        this.file = file;
        this.findings = List.copyOf(findings);
        this.suppressed = List.copyOf(suppressed);
        this.coverage = Suppliers.memoize(coverage::get);
        this.stageStatistics = Suppliers.memoize(() -> List.copyOf(stageStatistics.get()));
        this.pathStatistics = Suppliers.memoize(pathStatistics::get);
        this.baselined = List.of();
        this.hasBaseline = false;
    }

    private AnalysisReport(AnalysisReport base, List<Finding> findings, List<Finding> baselined) {
        this.mapTitle = base.mapTitle;
        this.file = base.file;
        this.findings = List.copyOf(findings);
        this.suppressed = base.suppressed;
        this.coverage = base.coverage;
        this.stageStatistics = base.stageStatistics;
        this.pathStatistics = base.pathStatistics;
        this.baselined = List.copyOf(baselined);
        this.hasBaseline = true;
    }

    private AnalysisReport(AnalysisReport base, AnalysisReport more) {
        this.mapTitle = base.mapTitle;
        this.file = base.file;
        List<Finding> all = new java.util.ArrayList<>(base.findings);
        all.addAll(more.findings);
        this.findings = List.copyOf(all);
        List<SuppressedFinding> silenced = new java.util.ArrayList<>(base.suppressed);
        silenced.addAll(more.suppressed);
        this.suppressed = List.copyOf(silenced);
        this.coverage = base.coverage;
        this.stageStatistics = base.stageStatistics;
        this.pathStatistics = base.pathStatistics;
        List<Finding> held = new java.util.ArrayList<>(base.baselined);
        held.addAll(more.baselined);
        this.baselined = List.copyOf(held);
        this.hasBaseline = base.hasBaseline || more.hasBaseline;
    }

    /**
     * This report with the findings, suppressed and baselined findings of {@code more}, another
     * report of the same map (the {@code observed.*} findings of an event log, say), after this
     * report's own, in their order; the tables stay this report's.
     */
    public AnalysisReport plus(AnalysisReport more) {
        return new AnalysisReport(this, Objects.requireNonNull(more, "more must not be null"));
    }

    /**
     * This report checked against a baseline: {@code findings} are the new ones (they count in the
     * summary and for a CI gate), {@code baselined} the ones the baseline already held. {@link
     * dev.journeykit.core.analysis.report.Baseline#apply} is the usual way to get one.
     */
    public AnalysisReport withBaseline(List<Finding> findings, List<Finding> baselined) {
        return new AnalysisReport(this, Objects.requireNonNull(findings, "findings must not be null"),
                Objects.requireNonNull(baselined, "baselined must not be null"));
    }

    /** The findings a baseline already held, in order; empty without a baseline. */
    public List<Finding> baselined() {
        return baselined;
    }

    /** Whether the report was checked against a baseline ({@link #withBaseline}). */
    public boolean hasBaseline() {
        return hasBaseline;
    }

    /** The title of the map analyzed. */
    public String mapTitle() {
        return mapTitle;
    }

    /** The file the map was read from, when it came from text. */
    public Optional<String> file() {
        return file;
    }

    /** The findings not suppressed (nor baselined), in deterministic order. */
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
        return coverage.get();
    }

    /** One row per stage, in map order. */
    public List<StageStatistics> stageStatistics() {
        return stageStatistics.get();
    }

    public PathStatistics pathStatistics() {
        return pathStatistics.get();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnalysisReport r && mapTitle.equals(r.mapTitle) && file.equals(r.file)
                && findings.equals(r.findings) && suppressed.equals(r.suppressed)
                && coverage().equals(r.coverage()) && stageStatistics().equals(r.stageStatistics())
                && pathStatistics().equals(r.pathStatistics()) && baselined.equals(r.baselined)
                && hasBaseline == r.hasBaseline;
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
