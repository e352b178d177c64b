package dev.journeykit.core.analysis.internal;

import dev.journeykit.core.analysis.AnalysisContext;
import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.model.JourneyMap;
import java.util.List;

/**
 * An analyzer of the step graph that uses the {@link MapFacts} its run shares through the
 * {@link AnalysisContext}: called alone with a map and options, it makes a context of its own.
 * It does no work when all its rules are switched off, or (when it looks at transitions only)
 * when the map has no transitions.
 */
public abstract class FactsAnalyzer implements Analyzer {

    private final boolean needsTransitions;
    private final Rule[] rules;

    protected FactsAnalyzer(boolean needsTransitions, Rule... rules) {
        this.needsTransitions = needsTransitions;
        this.rules = rules.clone();
    }

    @Override
    public final List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        return analyze(AnalysisContext.of(map, options));
    }

    @Override
    public final List<Finding> analyze(AnalysisContext context) {
        Findings out = Findings.start(context.map(), context.options());
        if (out.wants(rules) && !(needsTransitions && context.map().transitions().isEmpty())) {
            find(context, MapFacts.of(context), out);
        }
        return out.list();
    }

    /** Adds the findings on the context's map to {@code out}. */
    protected abstract void find(AnalysisContext context, MapFacts facts, Findings out);
}
