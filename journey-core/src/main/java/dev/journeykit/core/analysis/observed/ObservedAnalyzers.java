package dev.journeykit.core.analysis.observed;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The observed analyzers run together into one {@link AnalysisReport}: findings with the options'
 * severities, the map's suppressions applied, sorted as the map's analysis is. O(steps + stages +
 * observed transitions + designed transitions + unbound names).
 */
public final class ObservedAnalyzers {

    private static final List<ObservedAnalyzer> DEFAULTS = List.of(
            new UnobservedStepAnalyzer(),
            new UndesignedTransitionAnalyzer(),
            new UnusedTransitionAnalyzer(),
            new UnboundEventAnalyzer(),
            new DropOffAnalyzer(),
            new NonLinearCustomersAnalyzer(),
            new RepeatContactShareAnalyzer(),
            new FitnessAnalyzer());

    private ObservedAnalyzers() {
    }

    /** Every observed analyzer, one per {@code observed.*} code. */
    public static List<ObservedAnalyzer> defaults() {
        return DEFAULTS;
    }

    /** Runs every observed analyzer on what the map's customers did. */
    public static AnalysisReport analyze(JourneyMap map, ObservedJourney observed, AnalysisOptions options) {
        Objects.requireNonNull(map, "map must not be null");
        Objects.requireNonNull(observed, "observed must not be null");
        Objects.requireNonNull(options, "options must not be null");
        List<Finding> all = new ArrayList<>();
        for (ObservedAnalyzer analyzer : DEFAULTS) {
            all.addAll(analyzer.analyze(map, observed, options));
        }
        return Analyzers.report(map, all, options);
    }
}
