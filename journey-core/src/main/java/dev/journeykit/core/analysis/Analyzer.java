package dev.journeykit.core.analysis;

import dev.journeykit.core.model.JourneyMap;
import java.util.List;

/**
 * Answers one question about a map ("where is no help offered?") with findings. Implementations
 * are small final classes with one job, hold no state, never return null and never throw on a
 * valid map; each states its complexity in its Javadoc. The findings respect the options'
 * thresholds and carry their rule's default severity; {@link Analyzers} applies, in one place for
 * analyzers of any origin, the options' severity overrides and codes switched off, then the
 * map's suppressions.
 */
@FunctionalInterface
public interface Analyzer {

    /** The findings on {@code map}, in any order (the report sorts them). */
    List<Finding> analyze(JourneyMap map, AnalysisOptions options);

    /**
     * The findings on the context's map with its options. {@link Analyzers} calls this one, with a
     * context shared by all analyzers of a run; the default asks
     * {@link #analyze(JourneyMap, AnalysisOptions)}, so an analyzer written before contexts
     * existed keeps working. Override it to use what the context shares.
     */
    default List<Finding> analyze(AnalysisContext context) {
        return analyze(context.map(), context.options());
    }
}
