package dev.journeykit.core.analysis;

import dev.journeykit.core.analysis.internal.Components;
import dev.journeykit.core.analysis.internal.MapFacts;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.PersonaPath;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Touchpoint;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The domain rules that the analyzers, the renderer and the assertions share, in one home: what
 * a coverage gap is, which steps lie on a loop, which steps of a path are detours. Whoever needs
 * one asks here instead of deriving it again.
 */
public final class JourneyRules {

    private JourneyRules() {
    }

    /**
     * The coverage gaps of {@code map}: for each persona with preferred channels (map order), each
     * stage (map order) where it has steps and no touchpoint for it is on one of its preferred
     * channels. O(P·V + P·K) for P personas, V steps and K preferred channels.
     */
    public static List<CoverageGap> coverageGaps(JourneyMap map) {
        Objects.requireNonNull(map, "map must not be null");
        List<CoverageGap> gaps = new ArrayList<>();
        for (Persona persona : map.personas()) {
            if (persona.preferredChannels().isEmpty()) {
                continue;
            }
            Set<String> preferred = new HashSet<>(persona.preferredChannels());
            for (Stage stage : map.stages()) {
                if (lacksPreferred(stage, persona.id(), preferred)) {
                    gaps.add(new CoverageGap(stage.id(), persona.id(), persona.preferredChannels()));
                }
            }
        }
        return gaps;
    }

    private static boolean lacksPreferred(Stage stage, String persona, Set<String> preferred) {
        boolean present = false;
        for (Step step : stage.steps()) {
            if (step.isFor(persona)) {
                if (step instanceof Touchpoint t && preferred.contains(t.channelId())) {
                    return false;
                }
                present = true;
            }
        }
        return present;
    }

    /**
     * The steps that lie on a loop, by their index in {@link JourneyMap#steps()}: a strongly
     * connected component of two or more steps, or a step with a self-loop, that a flow takes part
     * in (a flow joins two of its steps). A cycle made by persona paths alone is a path coming back
     * or paths crossing, not a loop of the map: {@code path.loop} (by default) and the FLOW view's
     * loop marks agree on that. Tarjan's algorithm, iterative: O(V + E).
     */
    public static BitSet stepsOnLoops(JourneyMap map) {
        Objects.requireNonNull(map, "map must not be null");
        BitSet loops = new BitSet(map.steps().size());
        if (map.transitions().isEmpty()) {
            return loops;
        }
        MapFacts facts = MapFacts.of(map);
        Components components = facts.components();
        for (int c = 0; c < components.count(); c++) {
            if (components.isCyclic(c) && facts.flowInside(c)) {
                for (int step : components.members(c)) {
                    loops.set(step);
                }
            }
        }
        return loops;
    }

    /**
     * The steps of {@code path} (a path of {@code map}) that revisit a step or go back to an
     * earlier stage, in path order; empty when the path is linear. O(L) for L steps of the path.
     */
    public static List<Detour> detours(JourneyMap map, PersonaPath path) {
        Objects.requireNonNull(map, "map must not be null");
        Objects.requireNonNull(path, "path must not be null");
        List<Detour> detours = new ArrayList<>();
        Map<String, Integer> firstVisit = new HashMap<>();
        List<String> steps = path.steps();
        for (int i = 0; i < steps.size(); i++) {
            Integer first = firstVisit.putIfAbsent(steps.get(i), i);
            boolean back = i > 0 && map.stageIndex(steps.get(i)) < map.stageIndex(steps.get(i - 1));
            if (first != null || back) {
                detours.add(new Detour(i, first == null ? -1 : first, back));
            }
        }
        return detours;
    }
}
