package dev.journeykit.assertj;

import static dev.journeykit.assertj.internal.Describe.at;
import static dev.journeykit.assertj.internal.Describe.item;
import static dev.journeykit.assertj.internal.Describe.items;
import static dev.journeykit.assertj.internal.Describe.quoted;

import dev.journeykit.core.analysis.Detour;
import dev.journeykit.core.analysis.JourneyRules;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.PersonaPath;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AssertionErrorCollector;

/**
 * Assertions on one persona path; reached with
 * {@code assertThat(map).persona("amber").path("Typical first purchase")}. Steps are counted from 1
 * in messages, as a reader counts them.
 */
public class PathAssert extends AbstractJourneyAssert<PathAssert, PersonaPath> {

    private final JourneyMap map;

    PathAssert(PersonaPath actual, JourneyMap map, AssertionErrorCollector collector, boolean skipped) {
        super(actual, PathAssert.class, collector, skipped);
        this.map = map;
    }

    /**
     * Passes when the path is linear: it visits no step twice and never moves back to an earlier
     * stage. Moving forward over a stage is allowed.
     */
    public PathAssert isLinear() {
        return verify(() -> {
            List<String> offenders = offenders(true);
            if (!offenders.isEmpty()) {
                throw failureOf("\nExpecting " + describe() + " to be linear"
                        + " (no step visited twice, never back to an earlier stage)\nbut it is not:\n"
                        + items(offenders));
            }
        });
    }

    /**
     * Passes when the path moves through the stages in the map's order: no move goes back to an
     * earlier stage. Unlike {@link #isLinear()}, steps may repeat inside a stage.
     */
    public PathAssert visitsStagesInOrder() {
        return verify(() -> {
            List<String> offenders = offenders(false);
            if (!offenders.isEmpty()) {
                throw failureOf("\nExpecting " + describe() + " to visit the stages in order\nbut it goes back:\n"
                        + items(offenders));
            }
        });
    }

    private String describe() {
        return "path " + quoted(actual.name()) + " of persona " + quoted(actual.persona()) + at(actual.position());
    }

    /**
     * One line per step that core's {@link JourneyRules#detours} finds going back a stage, or (with
     * {@code revisits}) visited before.
     */
    private List<String> offenders(boolean revisits) {
        List<String> offenders = new ArrayList<>();
        List<String> steps = actual.steps();
        for (Detour detour : JourneyRules.detours(map, actual)) {
            int i = detour.index();
            String id = steps.get(i);
            List<String> reasons = new ArrayList<>();
            if (revisits && detour.isRevisit()) {
                reasons.add("visited again (first at step " + (detour.firstVisit() + 1) + ")");
            }
            if (detour.goesBack()) {
                reasons.add("goes back from stage " + quoted(map.stageOf(steps.get(i - 1)).id())
                        + " to " + quoted(map.stageOf(id).id()));
            }
            if (!reasons.isEmpty()) {
                offenders.add(item("step " + (i + 1) + " " + quoted(id) + at(map.step(id).orElseThrow().position()),
                        String.join("; ", reasons)));
            }
        }
        return offenders;
    }
}
