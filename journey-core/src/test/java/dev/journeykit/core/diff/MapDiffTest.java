package dev.journeykit.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MapKind;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.PainSeverity;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapDiffTest {

    /** The current state: a shop with a long wait on the phone. */
    static JourneyMap current() {
        return JourneyMaps.journey("Shop")
                .persona("amber", "Amber")
                .persona("ben", "Ben")
                .channels(Channels.WEB, Channels.PHONE)
                .stage("aware", "Aware", s -> s
                        .touchpoint("ad", "Sees an ad").via("web").byBrand().emotion(1)
                        .touchpoint("blog", "Reads the blog").via("web").emotion(0))
                .stage("buy", "Buy", s -> s
                        .touchpoint("checkout", "Checks out").via("web").emotion(-1).forPersonas("amber")
                        .question("Is it silk?").question("When does it ship?")
                        .pain("Shipping is a surprise", PainSeverity.HIGH)
                        .metric("aht", MetricValue.seconds(390), MetricValue.seconds(300))
                        .touchpoint("call", "Calls the shop").via("phone").emotion(-2).forPersonas("amber"))
                .stage("after", "After")
                .build();
    }

    /** The future state: help moves to the web, the phone goes, the questions are answered. */
    static JourneyMap future() {
        return JourneyMaps.journey("Shop")
                .kind(MapKind.FUTURE_STATE)
                .persona("amber", "Amber")
                .channels(Channels.WEB, Channels.LIVE_CHAT)
                .stage("buy", "Buy", s -> s
                        .touchpoint("checkout", "Checks out").via("web").emotion(1).forPersonas("amber")
                        .question("Is it silk?", "faq").question("When does it ship?")
                        .pain("Shipping is a surprise", PainSeverity.HIGH)
                        .pain("Too many fields")
                        .opportunity("Show shipping early")
                        .metric("aht", MetricValue.seconds(240), MetricValue.seconds(300))
                        .touchpoint("blog", "Reads the blog").via("web").emotion(0)
                        .touchpoint("faq", "Reads the FAQ").via("live-chat").forPersonas("amber"))
                .stage("aware", "Aware", s -> s
                        .touchpoint("ad", "Sees an ad").via("web").byBrand().emotion(1))
                .stage("after", "After")
                .build();
    }

    @Test
    void an_unchanged_map_has_no_changes() {
        MapDiff diff = MapDiff.compare(current(), current());
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.changes()).isEmpty();
        assertThat(diff.leftOpen()).extracting(Change::message).containsExactly(
                "question \"Is it silk?\" at touchpoint 'checkout' is still open",
                "question \"When does it ship?\" at touchpoint 'checkout' is still open");
    }

    @Test
    void lists_every_change_matched_by_id_in_a_fixed_order() {
        MapDiff diff = MapDiff.compare(current(), future());
        List<String> lines = diff.changes().stream().filter(c -> !c.area().equals("finding"))
                .map(c -> c.sign() + " " + c.kind() + " " + c.subjects() + ": " + c.message()).toList();
        assertThat(lines).containsExactly(
                "~ map.kind []: kind changed from current-state to future-state",
                "- persona.removed [ben]: persona 'ben' removed",
                "+ channel.added [live-chat]: channel 'live-chat' added",
                "- channel.removed [phone]: channel 'phone' removed",
                "~ stage.reordered [buy]: stage 'buy' moved from place 2 to 1",
                "~ stage.reordered [aware]: stage 'aware' moved from place 1 to 2",
                "+ step.added [faq, buy]: touchpoint 'faq' added to stage 'buy'",
                "- step.removed [call, buy]: touchpoint 'call' removed from stage 'buy'",
                "~ step.moved [blog, buy]: touchpoint 'blog' moved from stage 'aware' to 'buy'",
                "~ emotion.changed [checkout, buy]: emotion at touchpoint 'checkout' -1 -> 1 (better)",
                "~ curve.changed [amber]: emotion curve of persona 'amber' changed: mean -0.50 -> 0.67 (better)",
                "~ metric.changed [aht, checkout, buy]: metric 'aht' at touchpoint 'checkout' 6m30s -> 4m (better)",
                "~ question.answered [checkout, buy]: question \"Is it silk?\" at touchpoint 'checkout' is now answered by 'faq'",
                "~ pain.eased [checkout, buy]: pain \"Shipping is a surprise\" at touchpoint 'checkout' is eased: an opportunity was added",
                "+ pain.new [checkout, buy]: pain \"Too many fields\" at touchpoint 'checkout' is new (medium)",
                "+ persona-channel.gained [amber, buy, live-chat]: persona 'amber' gains channel 'live-chat' in stage 'buy'",
                "- persona-channel.lost [amber, buy, phone]: persona 'amber' loses channel 'phone' in stage 'buy'",
                "~ coverage.cell [buy, web]: stage 'buy' on channel 'web': 1 -> 2 touchpoints",
                "~ coverage.cell [buy, live-chat]: stage 'buy' on channel 'live-chat': 0 -> 1 touchpoint",
                "~ coverage.cell [buy, phone]: stage 'buy' on channel 'phone': 1 -> 0 touchpoints",
                "~ coverage.cell [aware, web]: stage 'aware' on channel 'web': 2 -> 1 touchpoint");
        assertThat(diff.leftOpen()).extracting(Change::message)
                .containsExactly("question \"When does it ship?\" at touchpoint 'checkout' is still open");
        Change metric = diff.changes().stream().filter(c -> c.kind().equals("metric.changed")).findFirst().orElseThrow();
        assertThat(metric.before()).contains("6m30s");
        assertThat(metric.after()).contains("4m");
        assertThat(metric.trend()).contains("better");
    }

    @Test
    void findings_are_introduced_and_resolved_by_code_and_subjects() {
        MapDiff diff = MapDiff.compare(current(), future());
        List<String> findings = diff.changes().stream().filter(c -> c.area().equals("finding"))
                .map(c -> c.kind() + " " + c.after().or(c::before).orElseThrow() + " " + c.subjects()).toList();
        assertThat(findings).contains("finding.resolved friction.kpi-miss [checkout, buy]",
                "finding.resolved friction.low-point [call, buy]");
        assertThat(findings).noneMatch(f -> f.startsWith("finding.introduced friction.kpi-miss"));
        MapDiff back = MapDiff.compare(future(), current());
        assertThat(back.changes().stream().filter(c -> c.kind().equals("finding.introduced"))
                .map(c -> c.after().orElseThrow())).contains("friction.kpi-miss", "friction.low-point");
    }

    @Test
    void a_worse_metric_follows_its_direction_and_a_lost_answer_reopens_the_question() {
        MapDiff diff = MapDiff.compare(future(), current());
        Change metric = diff.changes().stream().filter(c -> c.kind().equals("metric.changed")).findFirst().orElseThrow();
        assertThat(metric.message()).isEqualTo("metric 'aht' at touchpoint 'checkout' 4m -> 6m30s (worse)");
        assertThat(diff.changes()).filteredOn(c -> c.kind().equals("question.reopened")).extracting(Change::message)
                .containsExactly("question \"Is it silk?\" at touchpoint 'checkout' lost its answer 'faq'");
        assertThat(diff.changes()).filteredOn(c -> c.kind().equals("step.reordered")).isEmpty();
    }

    @Test
    void reorders_steps_inside_a_stage() {
        JourneyMap ab = JourneyMaps.journey("T").channels(Channels.WEB).stage("s", "S", s -> s
                .touchpoint("a", "A").via("web").touchpoint("b", "B").via("web")).build();
        JourneyMap ba = JourneyMaps.journey("T").channels(Channels.WEB).stage("s", "S", s -> s
                .touchpoint("b", "B").via("web").touchpoint("a", "A").via("web")).build();
        assertThat(MapDiff.compare(ab, ba).changes()).extracting(Change::message).containsExactly(
                "step 'b' moved from place 2 to 1 in stage 's'", "step 'a' moved from place 1 to 2 in stage 's'");
        assertThat(MapDiff.KINDS).doesNotHaveDuplicates().contains("step.reordered", "finding.resolved");
    }

    @Test
    void questions_of_one_text_at_one_touchpoint_are_matched_in_their_order() {
        JourneyMap twice = JourneyMaps.journey("T").channels(Channels.WEB).stage("s", "S", s -> s
                .touchpoint("a", "A").via("web").question("Queue?").question("Queue?", "b")
                .touchpoint("b", "B").via("web")).build();
        JourneyMap answered = JourneyMaps.journey("T").channels(Channels.WEB).stage("s", "S", s -> s
                .touchpoint("a", "A").via("web").question("Queue?", "b").question("Queue?", "b")
                .touchpoint("b", "B").via("web")).build();
        assertThat(MapDiff.compare(twice, twice).changes()).isEmpty();
        assertThat(MapDiff.compare(twice, answered).changes()).filteredOn(c -> c.kind().startsWith("question."))
                .extracting(Change::message)
                .containsExactly("question \"Queue?\" at touchpoint 'a' is now answered by 'b'");
    }
}
