package dev.journeykit.core.analysis.path;

import dev.journeykit.core.analysis.AnalysisContext;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.FactsAnalyzer;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.analysis.internal.MapFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports {@code path.multiple-entries}: more than one entry step, a step that transitions leave
 * but none enter. One finding naming every entry. O(V + E) for V steps and E transitions.
 */
public final class EntryAnalyzer extends FactsAnalyzer {

    public EntryAnalyzer() {
        super(true, Rule.MULTIPLE_ENTRIES);
    }

    @Override
    protected void find(AnalysisContext context, MapFacts facts, Findings out) {
        List<String> entries = new ArrayList<>();
        int first = -1;
        for (int s = 0; s < facts.stepCount(); s++) {
            if (facts.inDegree(s) == 0 && facts.outDegree(s) > 0) {
                entries.add(facts.step(s).id());
                first = first < 0 ? s : first;
            }
        }
        if (entries.size() > 1) {
            out.add(Rule.MULTIPLE_ENTRIES, "the journey has " + entries.size() + " entry steps ("
                    + Findings.quoted(entries) + "): customers start in more than one place; check that "
                    + "each start is intended, or connect them with flows", entries,
                    facts.step(first).position());
        }
    }
}
