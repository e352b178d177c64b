package dev.journeykit.core.analysis;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Suppression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reports the {@code suppress} statements of the map that matched no finding of the run, at the
 * suppression's position, about its {@code on} element when it names one:
 * {@code suppression.unknown-code} (a warning: a typo that hides nothing) when the code is neither
 * in the catalog nor reported by an analyzer of the run, with the nearest catalog code as a
 * suggestion; {@code suppression.unused} when the code is known, judged only when it could have
 * matched: it is switched on in the options and every default analyzer ran (a chosen set may
 * leave out the analyzer of that code). Suppressions of these two codes are never reported, nor those of an {@code observed.*} code (their findings come from an
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
        if (!options.isEnabled(Rule.SUPPRESSION_UNUSED) && !options.isEnabled(Rule.UNKNOWN_CODE)
                || map.suppressions().isEmpty()) {
            return out;
        }
        Set<String> codesFound = new HashSet<>();
        for (Finding f : findings) {
            codesFound.add(f.code());
        }
        for (int i = 0; i < map.suppressions().size(); i++) {
            Suppression s = map.suppressions().get(i);
            if (s.code().equals(Rule.SUPPRESSION_UNUSED.code()) || s.code().equals(Rule.UNKNOWN_CODE.code())
                    || index.isUsed(i)) {
                continue;
            }
            Optional<Rule> rule = Rule.byCode(s.code());
            if (rule.isEmpty() && !codesFound.contains(s.code())) {
                add(out, options, Rule.UNKNOWN_CODE, s, "unknown code '" + s.code() + "' in suppress"
                        + Rule.nearestCode(s.code()).map(n -> " (did you mean '" + n + "'?)").orElse("")
                        + ": it silences nothing; fix the code or remove the suppression");
            } else if (rule.isEmpty() || options.isEnabled(rule.get()) && everyDefaultRan && !rule.get().isObserved()) {
                add(out, options, Rule.SUPPRESSION_UNUSED, s, "suppress " + s.code()
                        + s.on().map(on -> " on '" + on + "'").orElse(" everywhere")
                        + " matched no finding: nothing needs silencing, so it can be removed");
            }
        }
        return out;
    }

    private static void add(List<Finding> out, AnalysisOptions options, Rule rule, Suppression s, String message) {
        if (options.isEnabled(rule)) {
            out.add(new Finding(rule.code(), options.severityOf(rule), message,
                    s.on().map(List::of).orElse(List.of()), s.position()));
        }
    }
}
