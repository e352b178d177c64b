package dev.journeykit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.build.JourneyMapBuilder;
import dev.journeykit.core.build.JourneyMaps;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Maps and elements are equal by value; where they were written does not count. */
class EqualityTest {

    private static JourneyMap build(UnaryOperator<JourneyMapBuilder> change, boolean positions) {
        SourcePosition at = positions ? new SourcePosition("m.journey", 3, 4) : null;
        return change.apply(JourneyMaps.journey("T").at(at)
                .persona("p", "P", b -> b.attribute("k", "v").attribute("l", "w").at(at))
                .channel("web", "Web", ChannelKind.SELF_SERVICE)
                .stage("s", "S", b -> b.at(at)
                        .touchpoint("t", "T").via("web").at(at).emotion(1)
                        .metric("aht", MetricValue.seconds(60))
                        .moment("m", "M").at(at))
                .flow(f -> f.steps("t", "m").at(at))).build();
    }

    @Test
    void equality_ignores_positions() {
        JourneyMap placed = build(b -> b, true);
        JourneyMap plain = build(b -> b, false);
        assertThat(placed).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(placed.steps()).isEqualTo(plain.steps());
        assertThat(placed.flows()).isEqualTo(plain.flows());
        assertThat(placed.personas()).isEqualTo(plain.personas());
        assertThat(placed.transitions()).isEqualTo(plain.transitions());
        assertThat(placed.position()).isPresent();
        assertThat(plain.position()).isEmpty();
    }

    @Test
    void any_value_difference_breaks_equality() {
        JourneyMap plain = build(b -> b, false);
        assertThat(build(b -> b.objective("o"), false)).isNotEqualTo(plain);
        assertThat(build(b -> b.emotionScale(-3, 3), false)).isNotEqualTo(plain);
        assertThat(build(b -> b.kind(MapKind.FUTURE_STATE), false)).isNotEqualTo(plain);
        assertThat(build(b -> b.suppressEverywhere("x.y", "r"), false)).isNotEqualTo(plain);
        assertThat(build(b -> b.stage("s2", "S2"), false)).isNotEqualTo(plain);
        assertThat(JourneyMaps.journey("T").persona("p", "P", b -> b.attribute("l", "w").attribute("k", "v"))
                .build().personas())
                .isNotEqualTo(JourneyMaps.journey("T").persona("p", "P", b -> b.attribute("k", "v").attribute("l", "w"))
                        .build().personas());
    }

    @Test
    void negative_zero_metric_values_equal_zero() {
        assertThat(MetricValue.number(-0.0)).isEqualTo(MetricValue.number(0.0));
        assertThat(MetricValue.number(-0.0).toString()).isEqualTo("0");
    }

    @Test
    void metric_values_print_as_the_dsl_writes_them() {
        assertThat(MetricValue.seconds(390)).hasToString("6m30s");
        assertThat(MetricValue.seconds(90_061)).hasToString("1d1h1m1s");
        assertThat(MetricValue.seconds(0)).hasToString("0s");
        assertThat(MetricValue.seconds(1.5)).hasToString("1.5s");
        assertThat(MetricValue.percent(2.1)).hasToString("2.1%");
        assertThat(MetricValue.number(1e20)).hasToString("100000000000000000000");
        assertThat(MetricValue.number(0.001)).hasToString("0.001");
    }

    @Test
    void metrics_know_whether_they_meet_their_target() {
        assertThat(Metric.of("aht", MetricValue.seconds(390), MetricValue.seconds(300)).meetsTarget()).contains(false);
        assertThat(Metric.of("aht", MetricValue.seconds(200), MetricValue.seconds(300)).meetsTarget()).contains(true);
        assertThat(Metric.of("csat", MetricValue.number(4.5), MetricValue.number(4.5)).meetsTarget()).contains(true);
        assertThat(Metric.of("csat", MetricValue.number(4.2)).meetsTarget()).isEmpty();
        assertThat(Metric.defaultDirection("wait")).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(Metric.defaultDirection("nps")).isEqualTo(Direction.HIGHER_IS_BETTER);
    }

    @Test
    void keywords_are_the_dsl_words() {
        assertThat(MapKind.DAY_IN_THE_LIFE.keyword()).isEqualTo("day-in-the-life");
        assertThat(ChannelKind.fromKeyword("in-person")).isEqualTo(ChannelKind.IN_PERSON);
        assertThat(ChannelKind.fromKeyword("IN_PERSON")).isNull();
        assertThat(Direction.LOWER_IS_BETTER.keyword()).isEqualTo("lower-is-better");
        assertThat(BlueprintLayer.fromKeyword("evidence")).isEqualTo(BlueprintLayer.EVIDENCE);
        assertThat(TransitionKind.fromKeyword(null)).isNull();
    }
}
