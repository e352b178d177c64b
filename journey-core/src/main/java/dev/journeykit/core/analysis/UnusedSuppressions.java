package dev.journeykit.core.analysis;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Suppression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reports {@code suppression.unused}: a {@code suppress} statement of the map that matched no
 * finding of the run, at the suppression's position, about its {@code on} element when it names
 * one. A code that is neither in the catalog nor reported by an analyzer of the run is called
 * unknown, with the nearest catalog code as a suggestion; a known code is judged only when it
 * could have matched: it is switched on in the options and every default analyzer ran (a chosen
 * set may leave out the analyzer of that code). Suppressions of {@code suppression.unused} itself
 * are never reported, nor those of an {@code observed.*} code (their findings come from an
 * event log, which this run did not read). Run by {@link Analyzers} after the other analyzers, before suppressions are
 * applied, so a finding of this code can itself be suppressed. O(F + U) for F findings and U
 * suppressions: which suppression matched is known from the {@link SuppressionIndex} that applied
 * them.
 */
final class UnusedSuppressions {

    private UnusedSuppressions() {
    }

    /**
     * The findings for the suppressions of {@code map} that match none of {@code findings} (the
     * findings of the run, codes switched off already left out).
     *
     * @param index the map's suppressions, every one of {@code findings} matched against it
     * @param everyDefaultRan whether the run held every analyzer of {@link Analyzers#defaults()}
     */
    static List<Finding> find(JourneyMap map, AnalysisOptions options, List<Finding> findings,
                              SuppressionIndex index, boolean everyDefaultRan) {
        List<Finding> out = new ArrayList<>();
        if (!options.isEnabled(Rule.SUPPRESSION_UNUSED) || map.suppressions().isEmpty()) { // no work when off
            return out;
        }
        Set<String> codesFound = new HashSet<>();
        for (Finding f : findings) {
            codesFound.add(f.code());
        }
        Severity severity = Rule.SUPPRESSION_UNUSED.defaultSeverity(); // Analyzers applies overrides
        for (int i = 0; i < map.suppressions().size(); i++) {
            Suppression s = map.suppressions().get(i);
            if (s.code().equals(Rule.SUPPRESSION_UNUSED.code()) || index.isUsed(i)) {
                continue;
            }
            Optional<Rule> rule = Rule.byCode(s.code());
            String message;
            if (rule.isEmpty() && !codesFound.contains(s.code())) {
                message = "unknown code '" + s.code() + "' in suppress"
                        + Rule.nearestCode(s.code()).map(n -> " (did you mean '" + n + "'?)").orElse("")
                        + "; remove or fix it";
            } else if (rule.isPresent() && (!options.isEnabled(rule.get()) || !everyDefaultRan
                    || rule.get().isObserved())) {
                continue; // switched off, its analyzer may not have run, or it needs a log: it could not match
            } else {
                message = "suppress " + s.code() + s.on().map(on -> " on '" + on + "'").orElse(" everywhere")
                        + " matched no finding: nothing needs silencing, so it can be removed";
            }
            out.add(new Finding(Rule.SUPPRESSION_UNUSED.code(), severity, message,
                    s.on().map(List::of).orElse(List.of()), s.position()));
        }
        return out;
    }
}
