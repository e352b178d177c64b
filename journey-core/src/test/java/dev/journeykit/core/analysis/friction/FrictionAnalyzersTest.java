package dev.journeykit.core.analysis.friction;

import static dev.journeykit.core.analysis.Fixtures.at;
import static dev.journeykit.core.analysis.Fixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.Direction;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Metric;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.PainPoint;
import dev.journeykit.core.model.PainSeverity;
import dev.journeykit.core.model.PersonaPath;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrictionAnalyzersTest {

    static List<Finding> run(Analyzer analyzer, JourneyMap map) {
        return analyzer.analyze(map, AnalysisOptions.defaults());
    }

    static JourneyMap emotions(int from, int to) {
        return JourneyMaps.journey("Emotions").channels(Channels.WEB)
                .stage("buy", "Buy", s -> s
                        .touchpoint("browse", "Browses").via("web").emotion(from)
                        .touchpoint("pay", "Pays").via("web").emotion(to).at(at(4, 5)))
                .flow("browse", "pay")
                .path(new PersonaPath("amber", "Buys", List.of("browse", "pay"), Optional.of(at(8, 5))))
                .persona("amber", "Amber")
                .build();
    }

    @Test
    void reports_an_emotion_drop_once_per_pair_at_the_step_where_it_falls() {
        assertThat(run(new EmotionDropAnalyzer(), emotions(1, -1))).containsExactly(finding(
                "friction.emotion-drop",
                "emotion drops by 2 from 'browse' (1) to 'pay' (-1): ease step 'pay', or support the customer "
                        + "before it", List.of("pay", "browse"), at(4, 5)));
    }

    @Test
    void does_not_report_a_smaller_drop_unless_the_options_say_so() {
        assertThat(run(new EmotionDropAnalyzer(), emotions(1, 0))).isEmpty();
        assertThat(new EmotionDropAnalyzer().analyze(emotions(1, 0), AnalysisOptions.builder().emotionDrop(1).build()))
                .hasSize(1);
    }

    @Test
    void reports_a_step_at_the_bottom_of_the_scale() {
        assertThat(run(new LowPointAnalyzer(), emotions(1, -2))).containsExactly(finding("friction.low-point",
                "touchpoint 'pay' is at the bottom of the emotion scale (-2): find what hurts here and record "
                        + "an opportunity to ease it", List.of("pay", "buy"), at(4, 5)));
    }

    @Test
    void a_low_moment_is_told_to_record_its_opportunity_on_a_touchpoint_since_a_moment_holds_none() {
        JourneyMap map = JourneyMaps.journey("Low").channels(Channels.WEB)
                .stage("go", "Go", s -> s.moment("drive", "Drives").emotion(-2).at(at(3, 5)))
                .build();
        assertThat(run(new LowPointAnalyzer(), map)).containsExactly(finding("friction.low-point",
                "moment 'drive' is at the bottom of the emotion scale (-2): find what hurts here (a pain) and "
                        + "record an opportunity to ease it on a touchpoint of the stage", List.of("drive", "go"),
                at(3, 5)));
    }

    @Test
    void does_not_report_a_step_above_the_bottom() {
        assertThat(run(new LowPointAnalyzer(), emotions(1, -1))).isEmpty();
    }

    static JourneyMap pains(PainSeverity severity, boolean opportunity) {
        return JourneyMaps.journey("Pains").channels(Channels.WEB)
                .stage("buy", "Buy", s -> {
                    var pay = s.touchpoint("pay", "Pays").via("web")
                            .pain(new PainPoint("Card form resets", severity, Optional.of(at(5, 7))));
                    if (opportunity) {
                        pay.opportunity("Keep the form filled");
                    }
                    s.moment("wait", "Waits").at(at(6, 5)).pain("Nobody answers", severity);
                })
                .build();
    }

    @Test
    void reports_high_pains_at_steps_with_no_opportunity() {
        assertThat(run(new UnaddressedPainAnalyzer(), pains(PainSeverity.HIGH, false))).containsExactly(
                finding("friction.unaddressed-pain", "high-severity pain \"Card form resets\" at touchpoint "
                        + "'pay' has no opportunity: record what could ease it (an opportunity)",
                        List.of("pay", "buy"), at(5, 7)),
                finding("friction.unaddressed-pain", "high-severity pain \"Nobody answers\" at moment 'wait' "
                        + "has no opportunity: record what could ease it (an opportunity on a touchpoint of the "
                        + "stage)", List.of("wait", "buy"), at(6, 5)));
    }

    @Test
    void does_not_report_medium_pains_nor_pains_with_an_opportunity() {
        assertThat(run(new UnaddressedPainAnalyzer(), pains(PainSeverity.MEDIUM, false))).isEmpty();
        assertThat(run(new UnaddressedPainAnalyzer(), pains(PainSeverity.HIGH, true)))
                .extracting(Finding::subjects).containsExactly(List.of("wait", "buy"));
    }

    static JourneyMap metric(Metric metric) {
        return JourneyMaps.journey("KPI").channels(Channels.PHONE)
                .stage("help", "Help", s -> s.touchpoint("call", "Calls").via("phone").at(at(3, 5)).metric(metric))
                .build();
    }

    @Test
    void reports_a_metric_missing_its_target_higher_is_better() {
        Metric csat = new Metric("csat", MetricValue.number(3.9), Optional.of(MetricValue.number(4.5)),
                Direction.HIGHER_IS_BETTER, Optional.of(at(4, 9)));
        assertThat(run(new KpiMissAnalyzer(), metric(csat))).containsExactly(finding("friction.kpi-miss",
                "metric 'csat' at touchpoint 'call' is 3.9, missing its target 4.5 (higher is better): find "
                        + "what holds it back, or revise the target", List.of("call", "help"), at(4, 9)));
    }

    @Test
    void respects_lower_is_better() {
        assertThat(run(new KpiMissAnalyzer(), metric(Metric.of("aht", MetricValue.seconds(390),
                MetricValue.seconds(300))))).extracting(Finding::message).containsExactly("metric 'aht' at "
                + "touchpoint 'call' is 6m30s, missing its target 5m (lower is better): find what holds it back, "
                + "or revise the target");
        assertThat(run(new KpiMissAnalyzer(), metric(Metric.of("aht", MetricValue.seconds(240),
                MetricValue.seconds(300))))).isEmpty();
        assertThat(run(new KpiMissAnalyzer(), metric(Metric.of("csat", MetricValue.number(4.6),
                MetricValue.number(4.5))))).isEmpty();
    }

    static JourneyMap contacts(String... path) {
        return JourneyMaps.journey("Contacts").channels(Channels.standard()).persona("amber", "Amber")
                .stage("buy", "Buy", s -> s.touchpoint("pay", "Pays").via("web"))
                .stage("help", "Help", s -> s
                        .touchpoint("call", "Calls").via("phone")
                        .touchpoint("chat", "Chats").via("live-chat")
                        .touchpoint("bot", "Chatbot").via("chatbot")
                        .touchpoint("queue", "Waits in the queue").via("phone")
                        .touchpoint("callback", "Is called back").via("phone").byBrand())
                .path(new PersonaPath("amber", "Gets help", List.of(path), Optional.of(at(9, 5))))
                .build();
    }

    @Test
    void reports_a_path_contacting_assisted_or_voice_channels_twice_in_a_stage() {
        assertThat(run(new RepeatContactAnalyzer(), contacts("pay", "call", "bot", "chat", "call")))
                .containsExactly(finding("friction.repeat-contact",
                        "path \"Gets help\" of persona 'amber' contacts assisted or voice channels 3 times in "
                                + "stage 'help' ('call', 'chat', 'call'): resolve on first contact, and pass the "
                                + "context along so the customer need not repeat themselves",
                        List.of("help", "amber"), at(9, 5)));
    }

    @Test
    void does_not_report_one_contact_and_a_bot() {
        assertThat(run(new RepeatContactAnalyzer(), contacts("pay", "bot", "call"))).isEmpty();
    }

    @Test
    void a_callback_of_the_brand_is_not_the_customer_contacting_again() {
        assertThat(run(new RepeatContactAnalyzer(), contacts("pay", "call", "callback"))).isEmpty();
        assertThat(run(new RepeatContactAnalyzer(), contacts("pay", "call", "callback", "chat")))
                .extracting(Finding::message).containsExactly("path \"Gets help\" of persona 'amber' contacts "
                        + "assisted or voice channels 2 times in stage 'help' ('call', 'chat'): resolve on first "
                        + "contact, and pass the context along so the customer need not repeat themselves");
    }

    @Test
    void waiting_in_the_queue_then_talking_is_one_call_but_calling_the_same_line_again_is_two() {
        assertThat(run(new RepeatContactAnalyzer(), contacts("pay", "queue", "call"))).isEmpty();
        assertThat(run(new RepeatContactAnalyzer(), contacts("pay", "call", "call")))
                .extracting(Finding::message).singleElement().asString().contains("2 times", "('call', 'call')");
        assertThat(run(new RepeatContactAnalyzer(), contacts("pay", "queue", "callback", "queue", "call")))
                .extracting(Finding::message).singleElement().asString().contains("('queue', 'queue')");
    }
}
