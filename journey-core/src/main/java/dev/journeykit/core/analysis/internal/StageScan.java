package dev.journeykit.core.analysis.internal;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Touchpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Scans of stages that several coverage analyzers share. */
public final class StageScan {

    private StageScan() {
    }

    /**
     * The stages from index {@code first} on that have steps but no touchpoint matching
     * {@code wanted}, in map order. Empty stages are left to {@code coverage.empty-stage}.
     * O(V + S).
     */
    public static List<Stage> lacking(JourneyMap map, int first, Predicate<Touchpoint> wanted) {
        List<Stage> stages = map.stages();
        List<Stage> lacking = new ArrayList<>();
        for (int i = Math.max(0, first); i < stages.size(); i++) {
            Stage stage = stages.get(i);
            if (!stage.steps().isEmpty() && !has(stage, wanted)) {
                lacking.add(stage);
            }
        }
        return lacking;
    }

    private static boolean has(Stage stage, Predicate<Touchpoint> wanted) {
        for (Step step : stage.steps()) {
            if (step instanceof Touchpoint t && wanted.test(t)) {
                return true;
            }
        }
        return false;
    }
}
