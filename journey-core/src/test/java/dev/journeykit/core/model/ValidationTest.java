package dev.journeykit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.journeykit.core.build.JourneyMapBuilder;
import dev.journeykit.core.build.JourneyMaps;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Every validation rule of {@code build()}, with its exact message. */
class ValidationTest {

    /** A valid base: persona amber, channels web and phone, two stages with touchpoints a, b, c. */
    private static JourneyMapBuilder base() {
        return JourneyMaps.journey("Trip")
                .persona("amber", "Amber")
                .channel("web", "Web", ChannelKind.SELF_SERVICE)
                .channel("phone", "Phone", ChannelKind.VOICE)
                .stage("one", "One", s -> s
                        .touchpoint("a", "A").via("web")
                        .touchpoint("b", "B").via("phone"))
                .stage("two", "Two", s -> s.touchpoint("c", "C").via("web"));
    }

    private static List<Problem> problems(JourneyMapBuilder builder) {
        JourneyValidationException e = catchThrowableOfType(JourneyValidationException.class, builder::build);
        assertThat(e).as("build() should have failed").isNotNull();
        return e.problems();
    }

    private static Problem only(JourneyMapBuilder builder) {
        List<Problem> problems = problems(builder);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static void assertProblem(Problem problem, Problem.Kind kind, String element, String message,
                                      String offending) {
        assertThat(problem.kind()).isEqualTo(kind);
        assertThat(problem.element()).isEqualTo(element);
        assertThat(problem.message()).isEqualTo(message);
        assertThat(problem.offending()).isEqualTo(Optional.ofNullable(offending));
    }

    @Test
    void the_base_map_is_valid() {
        assertThatCode(() -> base().build()).doesNotThrowAnyException();
    }

    @Test
    void rejects_duplicate_ids_across_kinds() {
        List<Problem> problems = problems(base()
                .channel("amber", "Amber's phone")
                .stage("three", "Three", s -> s.moment("one", "Moment named like a stage").moment("c", "Again")));
        assertThat(problems).hasSize(3);
        assertProblem(problems.get(0), Problem.Kind.DUPLICATE_ID, "channel 'amber'",
                "duplicate id 'amber': channel 'amber' has the id of persona 'amber'", "amber");
        assertProblem(problems.get(1), Problem.Kind.DUPLICATE_ID, "moment 'one'",
                "duplicate id 'one': moment 'one' has the id of stage 'one'", "one");
        assertProblem(problems.get(2), Problem.Kind.DUPLICATE_ID, "moment 'c'",
                "duplicate id 'c': moment 'c' has the id of touchpoint 'c'", "c");
    }

    @Test
    void rejects_an_event_name_claimed_twice_at_the_second_claim_naming_the_first() {
        List<Problem> problems = problems(JourneyMaps.journey("T").channel("web", "Web")
                .stage("s", "S", s -> s
                        .touchpoint("cart", "Cart").via("web").event("checkout").at(new SourcePosition("m.journey", 4, 9))
                        .touchpoint("pay", "Pay").via("web").event("paid", "cart")
                        .touchpoint("checkout", "Checkout").via("web")
                        .moment("happy", "Happy").event("paid").event("")));
        assertThat(problems).extracting(Problem::message).containsExactly(
                "touchpoint 'checkout' is bound by its id to event 'checkout', already bound to touchpoint 'cart' "
                        + "at m.journey:4:9 (give it an event statement of its own)",
                "moment 'happy' claims event 'paid', already bound to touchpoint 'pay'",
                "moment 'happy' has an empty event name");
        assertProblem(problems.get(1), Problem.Kind.DUPLICATE_EVENT, "moment 'happy'",
                "moment 'happy' claims event 'paid', already bound to touchpoint 'pay'", "paid");
    }

    @Test
    void binds_a_step_to_its_events_or_else_to_its_id() {
        JourneyMap map = JourneyMaps.journey("T").channel("web", "Web")
                .stage("s", "S", s -> s.touchpoint("pay", "Pay").via("web").event("paid").event("order_paid", "Paid")
                        .moment("wait", "Wait"))
                .build();
        assertThat(map.step("pay").orElseThrow().events()).containsExactly("paid", "order_paid", "Paid");
        assertThat(map.step("pay").orElseThrow().boundEvents()).containsExactly("paid", "order_paid", "Paid");
        assertThat(map.step("wait").orElseThrow().boundEvents()).containsExactly("wait");
    }

    @Test
    void a_duplicate_id_names_where_the_first_was_written() {
        Problem problem = only(base().stage("a", "Stage a", s -> s.at(new SourcePosition("m.journey", 9, 5))));
        assertThat(problem.message()).isEqualTo("duplicate id 'a': stage 'a' has the id of touchpoint 'a'");
        assertThat(problem.position()).contains(new SourcePosition("m.journey", 9, 5));
        assertThat(problem).hasToString("m.journey:9:5: duplicate id 'a': stage 'a' has the id of touchpoint 'a'");

        Problem second = only(JourneyMaps.journey("T")
                .persona("x", "X", p -> p.at(new SourcePosition("m.journey", 2, 3)))
                .persona("x", "Y"));
        assertThat(second.message()).isEqualTo("duplicate id 'x': persona 'x' has the id of persona 'x' at m.journey:2:3");
    }

    @Test
    void rejects_ids_that_break_the_pattern() {
        List<Problem> problems = problems(JourneyMaps.journey("T")
                .persona("Amber", "Amber")
                .channel("live chat", "Chat")
                .stage("1st", "First", s -> s.moment("a--b", "M").moment("end-", "N").moment("", "O")));
        String rule = "is not a valid id (expected lower-case words joined by '-' or '_', like 'live-chat')";
        assertThat(problems).extracting(Problem::message).containsExactly(
                "persona id 'Amber' " + rule,
                "channel id 'live chat' " + rule,
                "stage id '1st' " + rule,
                "moment id 'a--b' " + rule,
                "moment id 'end-' " + rule,
                "moment id '' " + rule);
        assertThat(problems).allMatch(p -> p.kind() == Problem.Kind.INVALID_ID);
        assertThat(problems.get(0).offending()).contains("Amber");
    }

    @Test
    void accepts_every_shape_of_the_id_pattern() {
        for (String id : List.of("a", "live-chat", "checkout_v2", "x1-2_3", "stage", "a0")) {
            assertThat(JourneyMap.isValidId(id)).as(id).isTrue();
        }
        for (String id : List.of("", "A", "1a", "-a", "a-", "a__b", "a-_b", "a b", "é", "a.b")) {
            assertThat(JourneyMap.isValidId(id)).as(id).isFalse();
        }
        assertThat(JourneyMap.isValidId(null)).isFalse();
    }

    @Test
    void rejects_a_touchpoint_with_an_unknown_channel() {
        Problem problem = only(base().stage("three", "Three", s -> s.touchpoint("d", "D").via("smss")));
        assertProblem(problem, Problem.Kind.UNKNOWN_REFERENCE, "touchpoint 'd'",
                "touchpoint 'd' refers to unknown channel 'smss'", "smss");
    }

    @Test
    void a_channel_reference_must_name_a_channel_not_another_kind() {
        Problem problem = only(base().stage("three", "Three", s -> s.touchpoint("d", "D").via("amber")));
        assertThat(problem.message()).isEqualTo("touchpoint 'd' refers to unknown channel 'amber'");
    }

    @Test
    void rejects_a_touchpoint_without_channel() {
        Problem problem = only(base().stage("three", "Three", s -> s.touchpoint("d", "D")));
        assertProblem(problem, Problem.Kind.UNKNOWN_REFERENCE, "touchpoint 'd'",
                "touchpoint 'd' has no channel (say which with via)", null);
    }

    @Test
    void rejects_unknown_personas_of_a_step_and_preferred_channels() {
        List<Problem> problems = problems(base()
                .persona("bob", "Bob", p -> p.prefers("web", "fax"))
                .stage("three", "Three", s -> s
                        .touchpoint("d", "D").via("web").forPersonas("amber", "carol")
                        .moment("m", "M").forPersonas("web")));
        assertThat(problems).extracting(Problem::message).containsExactly(
                "persona 'bob' prefers unknown channel 'fax'",
                "touchpoint 'd' is for unknown persona 'carol'",
                "moment 'm' is for unknown persona 'web'");
    }

    @Test
    void rejects_unknown_steps_and_persona_of_a_path() {
        List<Problem> problems = problems(base().path("carol", "Lost", "a", "nowhere", "c", "two"));
        assertThat(problems).extracting(Problem::message).containsExactly(
                "path 'Lost' refers to unknown persona 'carol'",
                "path 'Lost' refers to unknown step 'nowhere'",
                "path 'Lost' refers to unknown step 'two'");
        assertThat(problems).extracting(Problem::element).containsOnly("path 'Lost'");
    }

    @Test
    void rejects_a_path_of_one_step_or_none() {
        List<Problem> problems = problems(base().path("amber", "Short", "a").path("amber", "Empty"));
        assertThat(problems).hasSize(2);
        assertProblem(problems.get(0), Problem.Kind.SHORT_PATH, "path 'Short'",
                "path 'Short' of persona 'amber' has only one step; a path needs two or more", null);
        assertProblem(problems.get(1), Problem.Kind.SHORT_PATH, "path 'Empty'",
                "path 'Empty' of persona 'amber' has no steps; a path needs two or more", null);
    }

    @Test
    void rejects_a_path_with_an_empty_name() {
        Problem problem = only(base().path("amber", " ", "a", "b"));
        assertProblem(problem, Problem.Kind.EMPTY_NAME, "path ' '", "path of persona 'amber' has an empty name", null);
    }

    @Test
    void rejects_unknown_steps_short_chains_and_negative_volumes_of_a_flow() {
        List<Problem> problems = problems(base()
                .flow("a", "zz", "c")
                .flow("a")
                .flow(f -> f.steps("a", "b").volume(-5)));
        assertThat(problems).hasSize(3);
        assertProblem(problems.get(0), Problem.Kind.UNKNOWN_REFERENCE, "flow 'a -> zz -> c'",
                "flow 'a -> zz -> c' refers to unknown step 'zz'", "zz");
        assertProblem(problems.get(1), Problem.Kind.SHORT_PATH, "flow 'a'", "flow 'a' needs two or more steps", null);
        assertProblem(problems.get(2), Problem.Kind.NEGATIVE_VOLUME, "flow 'a -> b'",
                "flow 'a -> b' has a negative volume -5", "-5");
    }

    @Test
    void accepts_a_zero_volume_and_self_loops() {
        assertThatCode(() -> base().flow(f -> f.steps("a", "a").volume(0)).path("amber", "Loop", "b", "b").build())
                .doesNotThrowAnyException();
    }

    @Test
    void rejects_answers_and_recoveries_by_unknown_touchpoints_or_by_moments() {
        List<Problem> problems = problems(base().stage("three", "Three", s -> s
                .moment("m", "M")
                .touchpoint("d", "D").via("web")
                .question("Where?", "nobody").question("Who?", "m").question("Fine?", "a")
                .fallout("Leaves", "ghost").fallout("Hangs up", "two").fallout("Gone", "c")));
        assertThat(problems).extracting(Problem::message).containsExactly(
                "touchpoint 'd' has a question answered by unknown touchpoint 'nobody'",
                "touchpoint 'd' has a question answered by unknown touchpoint 'm'",
                "touchpoint 'd' has a fallout recovered by unknown touchpoint 'ghost'",
                "touchpoint 'd' has a fallout recovered by unknown touchpoint 'two'");
    }

    @Test
    void rejects_a_suppression_on_an_unknown_element() {
        List<Problem> problems = problems(base()
                .suppress("coverage.no-feedback", "nothing", "because")
                .suppress("coverage.no-feedback", "one", "a stage is fine")
                .suppress("x.y", "amber", "a persona is fine")
                .suppressEverywhere("x.z", "everywhere is fine"));
        assertThat(problems).singleElement().satisfies(p -> assertProblem(p, Problem.Kind.UNKNOWN_REFERENCE,
                "suppression of 'coverage.no-feedback'",
                "suppression of 'coverage.no-feedback' refers to unknown element 'nothing'", "nothing"));
    }

    @Test
    void rejects_emotions_outside_the_scale() {
        List<Problem> problems = problems(base().emotionScale(-1, 3).stage("three", "Three", s -> s
                .touchpoint("d", "D").via("web").emotion(-2)
                .moment("m", "M").emotion(4)
                .moment("n", "N").emotion(3)));
        assertThat(problems).hasSize(2);
        assertProblem(problems.get(0), Problem.Kind.EMOTION_OUT_OF_SCALE, "touchpoint 'd'",
                "touchpoint 'd' has emotion -2 outside the scale -1..3", "-2");
        assertProblem(problems.get(1), Problem.Kind.EMOTION_OUT_OF_SCALE, "moment 'm'",
                "moment 'm' has emotion 4 outside the scale -1..3", "4");
    }

    @Test
    void rejects_an_invalid_scale() {
        for (int[] scale : new int[][] {{0, 2}, {-2, 0}, {3, 5}, {2, -2}}) {
            Problem problem = only(JourneyMaps.journey("T").emotionScale(scale[0], scale[1]));
            String text = scale[0] + ".." + scale[1];
            assertProblem(problem, Problem.Kind.INVALID_SCALE, "journey",
                    "emotion scale " + text + " must have low < 0 < high", text);
        }
    }

    @Test
    void rejects_empty_names_and_titles() {
        List<Problem> problems = problems(JourneyMaps.journey(" \t")
                .persona("p", "")
                .channel("c", " ")
                .stage("s", "\n", s -> s.touchpoint("t", "").via("c").moment("m", "")));
        assertThat(problems).extracting(Problem::message).containsExactly(
                "journey has an empty title",
                "persona 'p' has an empty name",
                "channel 'c' has an empty name",
                "stage 's' has an empty name",
                "touchpoint 't' has an empty name",
                "moment 'm' has an empty name");
        assertThat(problems).allMatch(p -> p.kind() == Problem.Kind.EMPTY_NAME);
    }

    @Test
    void rejects_metrics_with_a_target_in_another_unit_or_not_finite() {
        List<Problem> problems = problems(base().stage("three", "Three", s -> s
                .touchpoint("d", "D").via("web")
                .metric("aht", MetricValue.seconds(300), MetricValue.percent(5))
                .metric("csat", MetricValue.number(Double.NaN))
                .metric("nps", MetricValue.number(3), MetricValue.number(Double.POSITIVE_INFINITY))));
        assertThat(problems).hasSize(3);
        assertProblem(problems.get(0), Problem.Kind.INVALID_METRIC, "touchpoint 'd'",
                "metric 'aht' of touchpoint 'd' has a value in duration but a target in percent", "5%");
        assertProblem(problems.get(1), Problem.Kind.INVALID_METRIC, "touchpoint 'd'",
                "metric 'csat' of touchpoint 'd' is not a finite number", "csat");
        assertProblem(problems.get(2), Problem.Kind.INVALID_METRIC, "touchpoint 'd'",
                "metric 'nps' of touchpoint 'd' is not a finite number", "nps");
    }

    @Test
    void rejects_a_step_placed_in_another_stage_than_it_names() {
        Touchpoint stray = new Touchpoint("t", "T", "elsewhere", "web", Initiator.CUSTOMER, List.of(),
                java.util.OptionalInt.empty(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Optional.empty(), List.of(), List.of(), List.of(), Blueprint.NONE, List.of(), Optional.empty());
        JourneyValidationException e = catchThrowableOfType(JourneyValidationException.class, () -> JourneyMap.create(
                JourneyMap.Header.of("T"), List.of(), List.of(new Channel("web", "Web", ChannelKind.SELF_SERVICE)),
                List.of(new Stage("s", "S", Optional.empty(), List.of(stray), Optional.empty())),
                List.of(), List.of(), List.of()));
        assertThat(e.problems()).singleElement().satisfies(p -> assertProblem(p, Problem.Kind.MISPLACED_STEP,
                "touchpoint 't'", "touchpoint 't' names stage 'elsewhere' but is in stage 's'", "elsewhere"));
    }

    @Test
    void reports_every_problem_at_once_in_the_map_order_with_a_summary_message() {
        JourneyValidationException e = catchThrowableOfType(JourneyValidationException.class, () -> base()
                .emotionScale(-1, 1)
                .stage("three", "Three", s -> s
                        .touchpoint("Bad", "Bad").via("fax").emotion(2)
                        .at(new SourcePosition("trip.journey", 12, 9)))
                .path("amber", "P", "a")
                .flow(new Flow(List.of("a", "c"), OptionalLong.of(-1), TransitionKind.NEXT, Optional.empty()))
                .build());
        assertThat(e.problems()).hasSize(5);
        assertThat(e.getMessage()).isEqualTo("""
                journey 'Trip' is not valid: 5 problems
                  - trip.journey:12:9: touchpoint id 'Bad' is not a valid id (expected lower-case words joined by '-' or '_', like 'live-chat')
                  - trip.journey:12:9: touchpoint 'Bad' has emotion 2 outside the scale -1..1
                  - trip.journey:12:9: touchpoint 'Bad' refers to unknown channel 'fax'
                  - path 'P' of persona 'amber' has only one step; a path needs two or more
                  - flow 'a -> c' has a negative volume -1""");
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_message_lists_twenty_problems_and_counts_the_rest() {
        JourneyMapBuilder builder = base();
        builder.stage("three", "Three", s -> {
            for (int i = 0; i < 25; i++) {
                s.moment("m" + i, "M").emotion(9);
            }
        });
        JourneyValidationException e = catchThrowableOfType(JourneyValidationException.class, builder::build);
        assertThat(e.problems()).hasSize(25);
        assertThat(e.getMessage().lines()).hasSize(22)
                .startsWith("journey 'Trip' is not valid: 25 problems")
                .endsWith("  ... and 5 more");
    }

    @Test
    void one_problem_is_singular() {
        JourneyValidationException e = catchThrowableOfType(JourneyValidationException.class,
                () -> JourneyMaps.journey("").build());
        assertThat(e).hasMessage("journey '' is not valid: 1 problem\n  - journey has an empty title");
    }

    @Test
    void problems_of_an_exception_are_unmodifiable() {
        JourneyValidationException e = catchThrowableOfType(JourneyValidationException.class,
                () -> JourneyMaps.journey("").build());
        assertThat(catchThrowableOfType(UnsupportedOperationException.class, () -> e.problems().clear())).isNotNull();
    }
}
