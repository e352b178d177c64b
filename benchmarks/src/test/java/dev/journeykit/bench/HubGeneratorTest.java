package dev.journeykit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Transition;
import dev.journeykit.dsl.JourneyDsl;
import org.junit.jupiter.api.Test;

class HubGeneratorTest {

    @Test
    void every_flow_enters_the_hub_from_a_step_of_its_own_dealt_to_the_stages_in_turn() {
        JourneyMap map = HubGenerator.generate(23);
        assertThat(map.steps()).hasSize(24);
        assertThat(map.transitions()).hasSize(23);
        assertThat(map.transitions()).extracting(Transition::to).containsOnly(HubGenerator.HUB);
        assertThat(map.transitions()).extracting(Transition::from).doesNotHaveDuplicates();
        assertThat(map.stages()).extracting(s -> s.touchpoints().size()).containsExactly(5, 5, 6, 4, 4);
        // the hub in the middle of the decision stage: s2, s7 above it, s12, s17, s22 below
        assertThat(map.stages().get(2).touchpoints()).extracting(t -> t.id())
                .containsExactly("s2", "s7", "hub", "s12", "s17", "s22");
        assertThat(map.transitions()).anyMatch(t -> t.volume().isPresent())
                .anyMatch(t -> t.volume().isEmpty());
    }

    @Test
    void the_same_size_and_seed_give_the_same_map() {
        assertThat(JourneyDsl.format(HubGenerator.generate(200))).isEqualTo(JourneyDsl.format(HubGenerator.generate(200)));
        assertThat(JourneyDsl.format(HubGenerator.generate(200, 7))).isNotEqualTo(JourneyDsl.format(HubGenerator.generate(200)));
    }

    @Test
    void the_event_log_sends_one_to_five_customers_along_each_flow() {
        String log = HubGenerator.eventLog(3, 42);
        String[] lines = log.split("\n");
        assertThat(lines[0]).isEqualTo("customer_id,ts,touchpoint");
        assertThat(lines[1]).isEqualTo("c1,2026-01-01 10:00:00,s0");
        assertThat(lines[2]).isEqualTo("c1,2026-01-01 10:05:00,hub");
        // two rows a customer, one to five customers a flow
        assertThat(lines.length - 1).isBetween(2 * 3, 2 * 15).isEven();
        assertThat(log).endsWith("hub\n").contains(",s2\n").doesNotContain(",s3\n");
        assertThat(HubGenerator.eventLog(3, 42)).isEqualTo(log);
    }

    @Test
    void the_smallest_maps_still_hold_the_hub_and_fewer_than_one_flow_is_refused() {
        assertThat(HubGenerator.generate(1).stages()).extracting(Stage::id).hasSize(5);
        assertThat(HubGenerator.generate(1).stages().get(2).touchpoints()).extracting(t -> t.id())
                .containsExactly("hub");
        assertThat(HubGenerator.generate(3).stages().get(2).touchpoints()).extracting(t -> t.id())
                .containsExactly("hub", "s2");
        assertThatThrownBy(() -> HubGenerator.generate(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a hub map needs at least 1 flow, not 0");
    }
}
