package dev.journeykit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisContextTest {

    private static final JourneyMap MAP = JourneyMaps.journey("Shop").channels(Channels.standard())
            .persona("amber", "Amber")
            .stage("aware", "Aware", s -> s.touchpoint("ad", "Ad").via("web"))
            .stage("buy", "Buy", s -> s.touchpoint("pay", "Pays").via("web").forPersonas("amber"))
            .flow("ad", "pay", "ad")
            .build();

    @Test
    void every_analyzer_of_a_run_gets_the_same_context_and_shares_its_computations() {
        List<AnalysisContext> seen = new ArrayList<>();
        List<Object> shared = new ArrayList<>();
        Analyzer spy = new Analyzer() {
            @Override
            public List<Finding> analyze(JourneyMap map, AnalysisOptions options) {
                throw new AssertionError("Analyzers calls analyze(context)");
            }

            @Override
            public List<Finding> analyze(AnalysisContext context) {
                seen.add(context);
                shared.add(context.shared(StringBuilder.class, c -> new StringBuilder(c.map().title())));
                return List.of();
            }
        };
        AnalysisOptions options = AnalysisOptions.builder().emotionDrop(3).build();
        Analyzers.of(spy, spy).analyze(MAP, options);
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isSameAs(seen.get(1));
        assertThat(seen.get(0).map()).isSameAs(MAP);
        assertThat(seen.get(0).options()).isSameAs(options);
        assertThat(shared.get(0)).isSameAs(shared.get(1)).hasToString("Shop");
    }

    @Test
    void an_analyzer_written_for_map_and_options_keeps_working() {
        Analyzer old = (map, options) -> List.of(new Finding("custom.title", Severity.INFO, map.title(),
                List.of(), java.util.Optional.empty()));
        assertThat(old.analyze(AnalysisContext.of(MAP, AnalysisOptions.defaults()))).extracting(Finding::message)
                .containsExactly("Shop");
        assertThat(Analyzers.of(old).analyze(MAP).findings()).extracting(Finding::code).containsExactly("custom.title");
    }

    @Test
    void a_built_in_analyzer_gives_the_same_findings_alone_and_in_a_run() {
        Analyzer loops = new dev.journeykit.core.analysis.path.LoopAnalyzer();
        assertThat(loops.analyze(MAP, AnalysisOptions.defaults()))
                .isEqualTo(Analyzers.of(loops).analyze(MAP).findings())
                .extracting(Finding::code).containsExactly("path.loop");
    }

    @Test
    void options_reach_findings_in_one_place_the_run() {
        Analyzer loops = new dev.journeykit.core.analysis.path.LoopAnalyzer();
        AnalysisOptions options = AnalysisOptions.builder().severity("path.loop", Severity.ERROR).build();
        assertThat(loops.analyze(MAP, options)).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(Analyzers.of(loops).analyze(MAP, options).findings()).extracting(Finding::severity)
                .containsExactly(Severity.ERROR);
    }

    @Test
    void the_report_tables_are_the_same_whether_asked_for_first_or_last() {
        AnalysisReport report = Analyzers.defaults().analyze(MAP);
        AnalysisReport again = Analyzers.defaults().analyze(MAP);
        assertThat(report.pathStatistics()).isEqualTo(again.pathStatistics());
        assertThat(report.coverage()).isSameAs(report.coverage());
        assertThat(report).isEqualTo(again);
    }

    @Test
    void a_persona_view_is_made_once_per_map() {
        assertThat(MAP.forPersona("amber")).isSameAs(MAP.forPersona("amber"));
    }
}
