package dev.journeykit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMapBuilder;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MetricValue;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TablesTest {

    static final Analyzers NONE = Analyzers.of();

    @Test
    void coverage_counts_touchpoints_per_stage_and_channel_overall_and_per_persona() {
        JourneyMap map = JourneyMaps.journey("Matrix").channels(Channels.WEB, Channels.SMS)
                .persona("amber", "Amber").persona("bo", "Bo")
                .stage("a", "A", s -> s.touchpoint("w1", "W").via("web")
                        .touchpoint("w2", "W").via("web").forPersonas("bo")
                        .moment("m", "M"))
                .stage("b", "B", s -> s.touchpoint("s1", "S").via("sms").forPersonas("amber", "bo"))
                .build();
        CoverageMatrix matrix = NONE.analyze(map).coverage();
        assertThat(matrix.stages()).containsExactly("a", "b");
        assertThat(matrix.channels()).containsExactly("web", "sms");
        assertThat(matrix.overall()).isEqualTo(List.of(List.of(2, 0), List.of(0, 1)));
        assertThat(matrix.byPersona().get("amber")).isEqualTo(List.of(List.of(1, 0), List.of(0, 1)));
        assertThat(matrix.byPersona().get("bo")).isEqualTo(List.of(List.of(2, 0), List.of(0, 1)));
        assertThat(matrix.count("a", "web")).isEqualTo(2);
        assertThat(matrix.count("amber", "a", "web")).isEqualTo(1);
        assertThat(matrix.count("nobody", "a", "web")).isZero();
    }

    @Test
    void stage_statistics_count_steps_brand_initiated_mean_emotion_and_metrics() {
        JourneyMap map = JourneyMaps.journey("Stats").channels(Channels.WEB)
                .stage("a", "A", s -> s.touchpoint("t1", "T").via("web").byBrand().emotion(2)
                        .metric("csat", MetricValue.number(4)).metric("nps", MetricValue.number(30))
                        .touchpoint("t2", "T").via("web").emotion(-1)
                        .moment("m", "M"))
                .stage("b", "B")
                .build();
        assertThat(NONE.analyze(map).stageStatistics()).containsExactly(
                new StageStatistics("a", 3, 2, 1, OptionalDouble.of(0.5), 2),
                new StageStatistics("b", 0, 0, 0, OptionalDouble.empty(), 0));
    }

    /** a -> {b1, b2} -> c -> d, with d -> c back: two entry-to-exit paths through the {c, d} loop. */
    @Test
    void path_statistics_count_distinct_paths_of_the_condensation_without_enumerating() {
        JourneyMap map = JourneyMaps.journey("Paths").channels(Channels.WEB)
                .stage("s1", "S1", s -> s.touchpoint("a", "A").via("web"))
                .stage("s2", "S2", s -> s.touchpoint("b1", "B").via("web").touchpoint("b2", "B").via("web"))
                .stage("s3", "S3", s -> s.touchpoint("c", "C").via("web"))
                .stage("s4", "S4", s -> s.touchpoint("d", "D").via("web").touchpoint("e", "E").via("web"))
                .flow("a", "b1", "c", "d", "c")
                .flow("a", "b2", "c")
                .flow("a", "b2")
                .flow("d", "e")
                .build();
        PathStatistics p = NONE.analyze(map).pathStatistics();
        assertThat(p).isEqualTo(new PathStatistics(1, 1, 5, 1, 2, false, 4, 8, 1, 1 / 8.0));
    }

    @Test
    void the_distinct_path_count_saturates_instead_of_overflowing() {
        // 70 diamonds in a row: 2^70 paths
        JourneyMapBuilder b = JourneyMaps.journey("Diamonds").channels(Channels.WEB);
        b.stage("s", "S", s -> {
            for (int i = 0; i <= 70; i++) {
                s.touchpoint("n" + i, "N").via("web");
                if (i < 70) {
                    s.touchpoint("u" + i, "U").via("web").touchpoint("l" + i, "L").via("web");
                }
            }
        });
        for (int i = 0; i < 70; i++) {
            b.flow("n" + i, "u" + i, "n" + (i + 1)).flow("n" + i, "l" + i, "n" + (i + 1));
        }
        PathStatistics p = NONE.analyze(b.build()).pathStatistics();
        assertThat(p.distinctPaths()).isEqualTo(Long.MAX_VALUE);
        assertThat(p.distinctPathsSaturated()).isTrue();
        assertThat(p.longestPathInStages()).isEqualTo(1);
    }

    @Test
    void a_map_without_transitions_has_empty_path_statistics() {
        JourneyMap map = JourneyMaps.journey("Still").channels(Channels.WEB)
                .stage("s", "S", s -> s.touchpoint("a", "A").via("web")).build();
        assertThat(NONE.analyze(map).pathStatistics())
                .isEqualTo(new PathStatistics(0, 0, 0, 0, 0, false, 0, 0, 0, 0.0));
    }
}
