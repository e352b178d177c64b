package dev.journeykit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleHelpTest {

    @Test
    void every_rule_has_a_row_in_the_catalog_of_the_docs() {
        for (Rule rule : Rule.values()) {
            RuleHelp help = rule.help();
            assertThat(help.trigger()).as(rule.code()).isNotBlank();
            assertThat(help.subjects()).as(rule.code()).isNotBlank();
            assertThat(help.complexity()).as(rule.code()).startsWith("O(");
        }
        assertThat(Rule.LOOP.help().section()).isEqualTo("Non-linear paths");
        assertThat(Rule.LOOP.help().anchor()).isEqualTo("non-linear-paths");
        assertThat(Rule.UNANSWERED_QUESTION.help().trigger()).isEqualTo("a question with no `answered-by`");
        assertThat(Rule.UNANSWERED_QUESTION.help().triggerText()).isEqualTo("a question with no answered-by");
    }

    @Test
    void reads_only_the_rows_under_the_catalog_heading() {
        Map<Rule, RuleHelp> rows = RuleHelp.parse("""
                ## Options
                | `path.loop` | warning | not this | x | O(1) |
                ## The catalog
                ### Friction
                | code | default | trigger | subjects, position | complexity |
                |---|---|---|---|---|
                | `path.loop` | warning | steps in a cycle | steps; first | O(V + E) |
                | `team.rule` | info | unknown codes are skipped | - | O(1) |
                ## The tables
                | `friction.low-point` | info | not this either | x | O(1) |
                """);
        assertThat(rows).containsOnlyKeys(Rule.LOOP);
        assertThat(rows.get(Rule.LOOP)).isEqualTo(new RuleHelp("Friction", "steps in a cycle", "steps; first", "O(V + E)"));
    }
}
