package dev.journeykit.core.analysis.saturation;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.Stage;
import java.util.Arrays;
import java.util.List;

/**
 * Reports {@code saturation.stage}: a stage with more steps than
 * {@code max(minStageSize, saturationFactor x the median stage size)}, the median taken over all
 * stages. O(S log S) for S stages (sorting the sizes).
 */
public final class StageSizeAnalyzer implements Analyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        List<Stage> stages = map.stages();
        if (!out.wants(Rule.SATURATION_STAGE) || stages.isEmpty()) {
            return out.list();
        }
        int[] sizes = new int[stages.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = stages.get(i).steps().size();
        }
        Arrays.sort(sizes);
        int n = sizes.length;
        double median = n % 2 == 1 ? sizes[n / 2] : (sizes[n / 2 - 1] + sizes[n / 2]) / 2.0;
        double limit = Math.max(options.minStageSize(), options.saturationFactor() * median);
        for (Stage stage : stages) {
            int size = stage.steps().size();
            if (size > limit) {
                out.add(Rule.SATURATION_STAGE, "stage '" + stage.id() + "' has " + size + " steps, more than "
                        + MetricValue.formatNumber(limit) + " (" + MetricValue.formatNumber(options.saturationFactor())
                        + " x the median of " + MetricValue.formatNumber(median) + ", at least "
                        + options.minStageSize() + "): split the stage, or drop steps that add little",
                        List.of(stage.id()), stage.position());
            }
        }
        return out.list();
    }
}
