package dev.journeykit.core.analysis.coverage;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Rule;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Question;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Touchpoint;
import java.util.List;

/**
 * Reports {@code coverage.unanswered-question} (a question with no {@code answered-by}) and
 * {@code coverage.late-answer} (a question answered only by a touchpoint of a later stage).
 * O(V + Q) for V steps and Q questions.
 */
public final class QuestionAnalyzer implements Analyzer {

    @Override
    public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
        Findings out = Findings.start(map, options);
        if (!out.wants(Rule.UNANSWERED_QUESTION, Rule.LATE_ANSWER)) {
            return out.list();
        }
        List<Stage> stages = map.stages();
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            for (Step step : stage.steps()) {
                if (!(step instanceof Touchpoint t)) {
                    continue;
                }
                for (Question q : t.questions()) {
                    List<String> subjects = List.of(t.id(), stage.id());
                    if (q.answeredBy().isEmpty()) {
                        out.add(Rule.UNANSWERED_QUESTION, "question " + Findings.text(q.text())
                                + " at touchpoint '" + t.id() + "' has no answer: name the touchpoint "
                                + "that answers it (answered-by), or add one", subjects,
                                Findings.firstOf(q.position(), t.position()));
                        continue;
                    }
                    String answer = q.answeredBy().get();
                    if (map.step(answer).isPresent() && map.stageIndex(answer) > i) {
                        out.add(Rule.LATE_ANSWER, "question " + Findings.text(q.text()) + " at touchpoint '"
                                + t.id() + "' in stage '" + stage.id() + "' is answered only in the later "
                                + "stage '" + map.stageOf(answer).id() + "' by '" + answer
                                + "': answer it in stage '" + stage.id() + "' or before", subjects,
                                Findings.firstOf(q.position(), t.position()));
                    }
                }
            }
        }
        return out.list();
    }
}
