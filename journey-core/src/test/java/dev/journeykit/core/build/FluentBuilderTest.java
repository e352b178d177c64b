package dev.journeykit.core.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.model.Direction;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.JourneyValidationException;
import dev.journeykit.core.model.Metric;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.Problem;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Maps as code read like the map: durations, directions, a goal anywhere in its stage, suggestions. */
class FluentBuilderTest {

    @Test
    void a_duration_is_a_metric_value_without_the_long_constructor() {
        JourneyMap map = JourneyMaps.journey("Call").channels(Channels.PHONE)
                .stage("help", "Help", s -> s.touchpoint("call", "Calls").via("phone")
                        .metric("aht", MetricValue.of(Duration.ofMinutes(6).plusSeconds(30)),
                                MetricValue.of(Duration.ofMinutes(5))))
                .build();
        Metric aht = map.touchpoint("call").orElseThrow().metrics().get(0);
        assertThat(aht.value()).isEqualTo(MetricValue.seconds(390));
        assertThat(aht.value()).hasToString("6m30s");
        assertThat(aht.target()).contains(MetricValue.seconds(300));
        assertThat(aht.meetsTarget()).contains(false);
        assertThat(MetricValue.of(Duration.ofMillis(1500))).isEqualTo(MetricValue.seconds(1.5));
    }

    @Test
    void a_metric_states_its_direction_whatever_its_name() {
        JourneyMap map = JourneyMaps.journey("Queue").channels(Channels.PHONE)
                .stage("help", "Help", s -> s.touchpoint("call", "Calls").via("phone")
                        .metric("queue-time", MetricValue.of(Duration.ofMinutes(3)), MetricValue.of(Duration.ofMinutes(2)),
                                Direction.LOWER_IS_BETTER)
                        .metric("aht", MetricValue.seconds(200), MetricValue.seconds(300), Direction.HIGHER_IS_BETTER))
                .build();
        assertThat(map.touchpoint("call").orElseThrow().metrics())
                .extracting(Metric::direction, Metric::meetsTarget)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Direction.LOWER_IS_BETTER, Optional.of(false)),
                        org.assertj.core.groups.Tuple.tuple(Direction.HIGHER_IS_BETTER, Optional.of(false)));
        assertThat(Metric.of("csat", MetricValue.number(4)).withDirection(Direction.LOWER_IS_BETTER).direction())
                .isEqualTo(Direction.LOWER_IS_BETTER);
    }

    @Test
    void a_stage_s_goal_may_come_after_its_touchpoints() {
        JourneyMap map = JourneyMaps.journey("Shop").channels(Channels.WEB)
                .stage("buy", "Buy", s -> s.touchpoint("pay", "Pays").via("web").emotion(1).goal("Pay in one go")
                        .touchpoint("thanks", "Thank-you page").via("web"))
                .build();
        assertThat(map.stage("buy").orElseThrow().goal()).contains("Pay in one go");
        assertThat(map.stage("buy").orElseThrow().steps()).hasSize(2);
    }

    @Test
    void an_unknown_reference_suggests_the_nearest_id_of_the_kind_it_needs() {
        assertThatThrownBy(() -> JourneyMaps.journey("Shop").channels(Channels.WEB, Channels.SMS)
                .persona("amber", "Amber")
                .stage("buy", "Buy", s -> s.touchpoint("pay", "Pays").via("smss").forPersonas("ambr")
                        .touchpoint("call", "Calls").via("fax"))
                .build())
                .isInstanceOfSatisfying(JourneyValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::message).containsExactly(
                                "touchpoint 'pay' is for unknown persona 'ambr' (did you mean 'amber'?)",
                                "touchpoint 'pay' refers to unknown channel 'smss' (did you mean 'sms'?)",
                                "touchpoint 'call' refers to unknown channel 'fax'"));
    }
}
