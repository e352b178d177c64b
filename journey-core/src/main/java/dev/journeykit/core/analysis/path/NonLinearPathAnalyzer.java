package dev.journeykit.core.analysis.path;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Detour;
import dev.journeykit.core.analysis.JourneyRules;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.friction.RepeatContactAnalyzer;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.PersonaPath;
import java.util.BitSet;
import java.util.List;

/**
 * Reports {@code path.non-linear}: a persona path with {@link JourneyRules#detours detours} (it
 * revisits a step or goes back to an earlier stage), with how often it does each; it owns a
 * path's moves back (so {@code path.backtrack} does not report them). A revisit of a step where
 * the customer contacts an assisted or voice channel again is {@code friction.repeat-contact}'s,
 * so it is left out here while that code is switched on. O(L) for L steps over all paths.
 */
public final class NonLinearPathAnalyzer implements Analyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.NON_LINEAR)) {
            return out.list();
        }
        boolean contactsOwned = options.isEnabled(Rule.REPEAT_CONTACT);
        for (PersonaPath path : map.paths()) {
            int revisits = 0;
            int backs = 0;
            BitSet contacts = contactsOwned ? RepeatContactAnalyzer.contactStarts(map, path) : new BitSet();
            for (Detour detour : JourneyRules.detours(map, path)) {
                if (detour.isRevisit() && contacts.get(detour.index())) {
                    continue; // the customer contacts the same line again: friction.repeat-contact's
                }
                revisits += detour.isRevisit() ? 1 : 0;
                backs += detour.goesBack() ? 1 : 0;
            }
            if (revisits == 0 && backs == 0) {
                continue;
            }
            StringBuilder what = new StringBuilder();
            if (revisits > 0) {
                what.append("revisits a step ").append(times(revisits));
            }
            if (backs > 0) {
                what.append(revisits > 0 ? " and " : "").append("goes back a stage ").append(times(backs));
            }
            out.add(Rule.NON_LINEAR, "path " + Findings.text(path.name()) + " of persona '" + path.persona()
                    + "' " + what + ": check whether the detours are intended or a sign of friction",
                    List.of(path.persona()), Findings.firstOf(path.position(), out.positionOf(path.persona())));
        }
        return out.list();
    }

    private static String times(int n) {
        return n == 1 ? "once" : n + " times";
    }
}
