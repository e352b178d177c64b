package dev.journeykit.core.analysis.path;

import dev.journeykit.core.analysis.AnalysisContext;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.FactsAnalyzer;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.analysis.internal.MapFacts;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.PersonaPath;
import dev.journeykit.core.model.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reports {@code path.multiple-entries}: more than one entry step, a step that transitions leave
 * but none enter, counted for whom they are entries. An entry belongs to the personas whose paths
 * start at it and to the personas it is for; an entry open to every persona where no path starts
 * belongs to the map. Personas that each start at a step of their own have one entry each, which
 * is no finding; a persona with several entries is one finding about that persona, and the map
 * with several entries of its own one finding about the map (a map without personas: all its
 * entries). O(V + E + P·N) for V steps, E transitions, P personas and N entries.
 */
public final class EntryAnalyzer extends FactsAnalyzer {

    public EntryAnalyzer() {
        super(true, Rule.MULTIPLE_ENTRIES);
    }

    @Override
    protected void find(AnalysisContext context, MapFacts facts, Findings out) {
        JourneyMap map = context.map();
        Map<String, Set<String>> starters = new HashMap<>();
        for (PersonaPath path : map.paths()) {
            if (!path.steps().isEmpty()) {
                starters.computeIfAbsent(path.steps().get(0), k -> new HashSet<>()).add(path.persona());
            }
        }
        List<Step> shared = new ArrayList<>();
        Map<String, List<Step>> byPersona = new HashMap<>();
        for (int s = 0; s < facts.stepCount(); s++) {
            if (facts.inDegree(s) != 0 || facts.outDegree(s) == 0) {
                continue;
            }
            Step entry = facts.step(s);
            Set<String> owners = new HashSet<>(entry.personas());
            owners.addAll(starters.getOrDefault(entry.id(), Set.of()));
            if (owners.isEmpty()) {
                shared.add(entry);
            }
            owners.forEach(p -> byPersona.computeIfAbsent(p, k -> new ArrayList<>()).add(entry));
        }
        report(out, shared, null);
        for (Persona persona : map.personas()) {
            report(out, byPersona.getOrDefault(persona.id(), List.of()), persona.id());
        }
    }

    private static void report(Findings out, List<Step> entries, String persona) {
        if (entries.size() < 2) {
            return;
        }
        List<String> ids = new ArrayList<>();
        entries.forEach(s -> ids.add(s.id()));
        List<String> subjects = new ArrayList<>(ids);
        String who = "the journey has ";
        String whom = "customers start";
        if (persona != null) {
            subjects.add(persona);
            who = "persona '" + persona + "' has ";
            whom = "this customer starts";
        }
        out.add(Rule.MULTIPLE_ENTRIES, who + ids.size() + " entry steps (" + Findings.quoted(ids) + "): "
                + whom + " in more than one place; check that each start is intended, or connect them "
                + "with flows", List.copyOf(subjects), entries.get(0).position());
    }
}
