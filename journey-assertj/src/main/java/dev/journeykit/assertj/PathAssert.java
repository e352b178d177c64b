package dev.journeykit.assertj;

import static dev.journeykit.assertj.internal.Describe.at;
import static dev.journeykit.assertj.internal.Describe.item;
import static dev.journeykit.assertj.internal.Describe.items;
import static dev.journeykit.assertj.internal.Describe.quoted;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.PersonaPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** One line per step that goes back a stage, or (with {@code revisits}) that was visited before. */
    private List<String> offenders(boolean revisits) {
        List<String> offenders = new ArrayList<>();
        Map<String, Integer> firstVisit = new HashMap<>();
        List<String> steps = actual.steps();
        for (int i = 0; i < steps.size(); i++) {
            String id = steps.get(i);
            List<String> reasons = new ArrayList<>();
            Integer first = firstVisit.putIfAbsent(id, i + 1);
            if (revisits && first != null) {
                reasons.add("visited again (first at step " + first + ")");
            }
            if (i > 0 && map.stageIndex(id) < map.stageIndex(steps.get(i - 1))) {
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
