package dev.journeykit.core.analysis.coverage;

import static dev.journeykit.core.analysis.Fixtures.at;
import static dev.journeykit.core.analysis.Fixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzer;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMapBuilder;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.FeedbackKind;
import dev.journeykit.core.model.Fallout;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.Question;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CoverageAnalyzersTest {

    static List<Finding> run(Analyzer analyzer, JourneyMap map) {
        return analyzer.analyze(map, AnalysisOptions.defaults());
    }

    static JourneyMapBuilder shop() {
        return JourneyMaps.journey("Shop").channels(Channels.standard());
    }

    @Nested
    class PersonaMissing {

        JourneyMap map(boolean withConsider) {
            return shop()
                    .persona("amber", "Amber").persona("bo", "Bo")
                    .stage("aware", "Aware", s -> s.touchpoint("ad", "Ad").via("web").forPersonas("amber"))
                    .stage("consider", "Consider", s -> {
                        s.at(at(5, 3)).touchpoint("pdp", "Product page").via("web").forPersonas("bo");
                        if (withConsider) {
                            s.moment("think", "Thinks").forPersonas("amber");
                        }
                    })
                    .stage("buy", "Buy", s -> s.touchpoint("pay", "Pays").via("web"))
                    .build();
        }

        @Test
        void reports_persona_with_no_step_in_a_stage_between_its_first_and_last() {
            assertThat(run(new PersonaGapAnalyzer(), map(false))).containsExactly(finding(
                    "coverage.persona-missing",
                    "persona 'amber' has no step in stage 'consider', between its first stage 'aware' and "
                            + "its last stage 'buy': add what amber does there (a touchpoint or a moment for the persona)",
                    List.of("consider", "amber"), at(5, 3)));
        }

        @Test
        void does_not_report_persona_with_a_moment_there_nor_stages_outside_its_span() {
            // bo starts in 'consider', so 'aware' lies outside bo's span
            assertThat(run(new PersonaGapAnalyzer(), map(true))).isEmpty();
        }
    }

    @Nested
    class PreferredChannel {

        JourneyMap map(String buyChannel) {
            return shop()
                    .persona("amber", "Amber", p -> p.prefers("live-chat", "sms"))
                    .stage("aware", "Aware", s -> s.touchpoint("chat", "Chats").via("live-chat"))
                    .stage("buy", "Buy", s -> s.at(at(6, 3)).touchpoint("pay", "Pays").via(buyChannel))
                    .build();
        }

        @Test
        void reports_stage_offering_none_of_a_personas_preferred_channels() {
            assertThat(run(new PreferredChannelAnalyzer(), map("web"))).containsExactly(finding(
                    "coverage.preferred-channel",
                    "stage 'buy' offers persona 'amber' none of its preferred channels ('live-chat', 'sms'): "
                            + "add a touchpoint for amber on one of them",
                    List.of("buy", "amber"), at(6, 3)));
        }

        @Test
        void does_not_report_when_a_preferred_channel_is_offered() {
            assertThat(run(new PreferredChannelAnalyzer(), map("sms"))).isEmpty();
        }
    }

    @Nested
    class NoHelp {

        JourneyMap map(String channel, boolean byBrand) {
            return shop()
                    .stage("aware", "Aware", s -> s.touchpoint("ad", "Ad").via("web"))
                    .stage("buy", "Buy", s -> {
                        s.at(at(4, 3)).touchpoint("pay", "Pays").via("web");
                        var help = s.touchpoint("help", "Asks").via(channel);
                        if (byBrand) {
                            help.byBrand();
                        }
                    })
                    .build();
        }

        @Test
        void reports_stage_after_the_first_with_no_customer_initiated_two_way_channel() {
            List<Finding> expected = List.of(finding("coverage.no-help",
                    "stage 'buy' offers no way to ask for help: add a customer-initiated touchpoint on an "
                            + "assisted, voice, in-person, automated, messaging or social channel",
                    List.of("buy"), at(4, 3)));
            assertThat(run(new HelpCoverageAnalyzer(), map("knowledge-base", false))).isEqualTo(expected);
            assertThat(run(new HelpCoverageAnalyzer(), map("phone", true))).isEqualTo(expected);
        }

        @Test
        void does_not_report_a_customer_initiated_chat_nor_the_first_stage() {
            assertThat(run(new HelpCoverageAnalyzer(), map("live-chat", false))).isEmpty();
            assertThat(run(new HelpCoverageAnalyzer(), map("sms", false))).isEmpty();
        }

        /** Amber and Bo both have steps in 'buy'; the call is for {@code callFor} (every persona when null). */
        JourneyMap personas(String callFor) {
            return shop().persona("amber", "Amber").persona("bo", "Bo").persona("cy", "Cy")
                    .stage("aware", "Aware", s -> s.touchpoint("ad", "Ad").via("web"))
                    .stage("buy", "Buy", s -> {
                        s.at(at(4, 3)).touchpoint("pay", "Pays").via("web").forPersonas("amber", "bo");
                        var call = s.touchpoint("call", "Calls").via("phone");
                        if (callFor != null) {
                            call.forPersonas(callFor);
                        }
                    })
                    .build();
        }

        @Test
        void reports_each_persona_with_steps_in_the_stage_and_no_help_open_to_it() {
            assertThat(run(new HelpCoverageAnalyzer(), personas("amber"))).containsExactly(finding("coverage.no-help",
                    "stage 'buy' offers persona 'bo' no way to ask for help: add a customer-initiated touchpoint "
                            + "on an assisted, voice, in-person, automated, messaging or social channel for bo",
                    List.of("buy", "bo"), at(4, 3)));
        }

        @Test
        void does_not_report_a_persona_with_help_open_to_it_nor_one_without_steps_there() {
            assertThat(run(new HelpCoverageAnalyzer(), personas(null))).isEmpty();
            JourneyMap amberAndBo = shop().persona("amber", "Amber").persona("bo", "Bo").persona("cy", "Cy")
                    .stage("aware", "Aware", s -> s.touchpoint("ad", "Ad").via("web"))
                    .stage("buy", "Buy", s -> s.touchpoint("pay", "Pays").via("web").forPersonas("amber", "bo")
                            .touchpoint("call", "Calls").via("phone").forPersonas("amber", "bo"))
                    .build();
            assertThat(run(new HelpCoverageAnalyzer(), amberAndBo)).isEmpty();
        }
    }

    @Nested
    class NoFeedback {

        JourneyMap map(boolean feedback) {
            return shop()
                    .stage("buy", "Buy", s -> {
                        var pay = s.at(at(2, 3)).touchpoint("pay", "Pays").via("web");
                        if (feedback) {
                            pay.feedback(FeedbackKind.CES);
                        }
                    })
                    .stage("empty", "Empty")
                    .build();
        }

        @Test
        void reports_stage_where_no_touchpoint_collects_feedback() {
            assertThat(run(new FeedbackCoverageAnalyzer(), map(false))).containsExactly(finding(
                    "coverage.no-feedback",
                    "stage 'buy' collects no feedback: ask for a rating (csat, ces or nps) at one of its touchpoints",
                    List.of("buy"), at(2, 3)));
        }

        @Test
        void does_not_report_stage_with_feedback_nor_an_empty_stage() {
            assertThat(run(new FeedbackCoverageAnalyzer(), map(true))).isEmpty();
        }
    }

    @Nested
    class NoProactive {

        JourneyMap map(boolean brand) {
            return shop()
                    .stage("aware", "Aware", s -> s.touchpoint("ad", "Ad").via("web"))
                    .stage("buy", "Buy", s -> {
                        var mail = s.at(at(3, 3)).touchpoint("mail", "Confirmation").via("email");
                        if (brand) {
                            mail.byBrand();
                        }
                    })
                    .build();
        }

        @Test
        void reports_stage_after_the_first_with_no_brand_initiated_touchpoint() {
            assertThat(run(new ProactiveCoverageAnalyzer(), map(false))).containsExactly(finding(
                    "coverage.no-proactive",
                    "stage 'buy' has no brand-initiated touchpoint: consider a proactive message (a "
                            + "confirmation, an update, a reminder) so the customer is not left waiting",
                    List.of("buy"), at(3, 3)));
        }

        @Test
        void does_not_report_a_stage_with_a_brand_initiated_touchpoint_nor_the_first_stage() {
            assertThat(run(new ProactiveCoverageAnalyzer(), map(true))).isEmpty();
        }
    }

    @Nested
    class Questions {

        JourneyMap map(Question question) {
            return shop()
                    .stage("consider", "Consider", s -> s
                            .touchpoint("pdp", "Product page").via("web").at(at(3, 5)).question(question)
                            .touchpoint("faq", "FAQ").via("knowledge-base"))
                    .stage("buy", "Buy", s -> s.touchpoint("chat", "Chat").via("live-chat"))
                    .build();
        }

        @Test
        void reports_a_question_with_no_answer_at_its_own_position() {
            assertThat(run(new QuestionAnalyzer(), map(new Question("Is it \"real\" silk?", Optional.empty(),
                    Optional.of(at(4, 7)))))).containsExactly(finding("coverage.unanswered-question",
                    "question \"Is it \\\"real\\\" silk?\" at touchpoint 'pdp' has no answer: name the "
                            + "touchpoint that answers it (answered-by), or add one",
                    List.of("pdp", "consider"), at(4, 7)));
        }

        @Test
        void reports_a_question_answered_only_in_a_later_stage_at_the_touchpoint_without_position() {
            assertThat(run(new QuestionAnalyzer(), map(Question.answeredBy("Is it silk?", "chat"))))
                    .containsExactly(finding("coverage.late-answer",
                            "question \"Is it silk?\" at touchpoint 'pdp' in stage 'consider' is answered only "
                                    + "in the later stage 'buy' by 'chat': answer it in stage 'consider' or before",
                            List.of("pdp", "consider"), at(3, 5)));
        }

        @Test
        void does_not_report_a_question_answered_in_the_same_stage() {
            assertThat(run(new QuestionAnalyzer(), map(Question.answeredBy("Is it silk?", "faq")))).isEmpty();
        }
    }

    @Nested
    class UnrecoveredFallout {

        JourneyMap map(Fallout fallout) {
            return shop()
                    .stage("buy", "Buy", s -> s
                            .touchpoint("pay", "Pays").via("web").at(at(3, 5)).fallout(fallout)
                            .touchpoint("remind", "Reminder").via("email").byBrand())
                    .build();
        }

        @Test
        void reports_a_fallout_with_no_recovery() {
            assertThat(run(new FalloutRecoveryAnalyzer(), map(Fallout.of("Card declined")))).containsExactly(
                    finding("coverage.unrecovered-fallout",
                            "fall-out \"Card declined\" at touchpoint 'pay' has no recovery: add a touchpoint "
                                    + "that wins the customer back and name it (recovered-by)",
                            List.of("pay", "buy"), at(3, 5)));
        }

        @Test
        void does_not_report_a_recovered_fallout() {
            assertThat(run(new FalloutRecoveryAnalyzer(), map(Fallout.recoveredBy("Card declined", "remind"))))
                    .isEmpty();
        }
    }

    @Nested
    class DeadEnd {

        JourneyMap map(boolean onward) {
            JourneyMapBuilder b = shop()
                    .stage("aware", "Aware", s -> s.touchpoint("ad", "Ad").via("web"))
                    .stage("consider", "Consider", s -> s.touchpoint("faq", "FAQ").via("web").at(at(4, 5)))
                    .stage("buy", "Buy", s -> s.touchpoint("pay", "Pays").via("web"))
                    .stage("later", "Later")
                    .flow("ad", "faq");
            if (onward) {
                b.flow("faq", "pay");
            }
            return b.build();
        }

        @Test
        void reports_a_step_transitions_enter_and_none_leave_outside_the_last_stage() {
            assertThat(run(new DeadEndAnalyzer(), map(false))).containsExactly(finding("coverage.dead-end",
                    "step 'faq' is a dead end: transitions lead into it and none lead out, yet stage "
                            + "'consider' is not the last; add a flow to where the customer goes next",
                    List.of("faq", "consider"), at(4, 5)));
        }

        @Test
        void does_not_report_an_end_in_the_last_stage_with_steps() {
            assertThat(run(new DeadEndAnalyzer(), map(true))).isEmpty();
        }
    }

    @Nested
    class Unreachable {

        JourneyMap map(boolean reached) {
            JourneyMapBuilder b = shop()
                    .stage("empty", "Empty")
                    .stage("aware", "Aware", s -> s
                            .touchpoint("ad", "Ad").via("web")
                            .touchpoint("search", "Search").via("search-ad"))
                    .stage("buy", "Buy", s -> s
                            .touchpoint("pay", "Pays").via("web")
                            .touchpoint("coupon", "Coupon").via("email").at(at(7, 5)))
                    .flow("ad", "pay");
            if (reached) {
                b.flow("search", "coupon");
            }
            return b.build();
        }

        @Test
        void reports_a_step_no_transition_reaches_from_the_first_non_empty_stage() {
            assertThat(run(new ReachabilityAnalyzer(), map(false))).containsExactly(finding("coverage.unreachable",
                    "step 'coupon' cannot be reached from the first stage 'aware': no chain of paths and "
                            + "flows leads to it; add a transition into it, or remove it",
                    List.of("coupon", "buy"), at(7, 5)));
        }

        @Test
        void does_not_report_reached_steps_nor_any_step_of_a_map_without_transitions() {
            assertThat(run(new ReachabilityAnalyzer(), map(true))).isEmpty();
            JourneyMap noTransitions = shop().stage("a", "A", s -> s.touchpoint("x", "X").via("web"))
                    .stage("b", "B", s -> s.touchpoint("y", "Y").via("web")).build();
            assertThat(run(new ReachabilityAnalyzer(), noTransitions)).isEmpty();
        }
    }

    @Nested
    class UnmeasuredStage {

        JourneyMap map(boolean metric) {
            return shop()
                    .stage("buy", "Buy", s -> {
                        var pay = s.at(at(2, 3)).touchpoint("pay", "Pays").via("web");
                        if (metric) {
                            pay.metric("conversion", MetricValue.percent(3));
                        }
                    })
                    .build();
        }

        @Test
        void reports_a_stage_where_no_touchpoint_has_a_metric() {
            assertThat(run(new MeasurementCoverageAnalyzer(), map(false))).containsExactly(finding(
                    "coverage.unmeasured-stage",
                    "stage 'buy' measures nothing: add a metric (csat, conversion, aht, ...) to one of its touchpoints",
                    List.of("buy"), at(2, 3)));
        }

        @Test
        void does_not_report_a_measured_stage() {
            assertThat(run(new MeasurementCoverageAnalyzer(), map(true))).isEmpty();
        }
    }
}
