package dev.journeykit.core.analysis.saturation;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Touchpoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports {@code saturation.channel}: more than {@code maxPerChannelPerStage} touchpoints on one
 * channel in one stage. O(V + S·C) for V steps, S stages and C channels.
 */
public final class ChannelSaturationAnalyzer implements Analyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.SATURATION_CHANNEL)) {
            return out.list();
        }
        int max = options.maxPerChannelPerStage();
        Map<String, Integer> column = new HashMap<>();
        map.channels().forEach(c -> column.putIfAbsent(c.id(), column.size()));
        int[] counts = new int[column.size()];
        for (Stage stage : map.stages()) {
            java.util.Arrays.fill(counts, 0);
            for (Step step : stage.steps()) {
                if (step instanceof Touchpoint t && column.containsKey(t.channelId())) {
                    counts[column.get(t.channelId())]++;
                }
            }
            for (int c = 0; c < counts.length; c++) {
                if (counts[c] > max) {
                    String channel = map.channels().get(c).id();
                    out.add(Rule.SATURATION_CHANNEL, "stage '" + stage.id() + "' has " + counts[c]
                            + " touchpoints on channel '" + channel + "', more than " + max
                            + ": consolidate them, or move some to another channel",
                            List.of(stage.id(), channel), stage.position());
                }
            }
        }
        return out.list();
    }
}
