package dev.journeykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.journeykit.core.model.Direction;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Metric;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.PainSeverity;
import dev.journeykit.core.model.Touchpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lexical rules and statement forms, one behaviour at a time. */
class LanguageTest {

    private static JourneyMap parse(String body) {
        return JourneyDsl.parse("t.journey", "journey \"T\" {\n" + body + "\n}\n");
    }

    private static Touchpoint touchpoint(String block) {
        return parse("channel web \"Web\"\nstage s \"S\" {\ntouchpoint t \"T\" via web {\n" + block + "\n}\n}")
                .touchpoint("t").orElseThrow();
    }

    private static List<String> errors(String body) {
        JourneyDslException e = catchThrowableOfType(JourneyDslException.class, () -> parse(body));
        return e.diagnostics().stream().map(d -> d.position().line() + ":" + d.position().column() + " " + d.message()).toList();
    }

    @Test
    void reads_durations_in_every_form() {
        Touchpoint t = touchpoint("metric a 45s\nmetric b 6m30s\nmetric c 2h\nmetric d 3d\nmetric e 1.5s\n"
                + "metric f 1d2h3m4s\nmetric g 1.5m\nmetric h -5s\nmetric i 0s");

        assertThat(t.metrics()).extracting(m -> m.value().value())
                .containsExactly(45.0, 390.0, 7200.0, 259_200.0, 1.5, 93_784.0, 90.0, -5.0, 0.0);
    }

    @Test
    void rejects_durations_with_units_out_of_order() {
        assertThat(errors("channel web \"Web\"\nstage s \"S\" {\ntouchpoint t \"T\" via web { metric a 30s6m }\n}"))
                .containsExactly("4:37 invalid number '30s6m' (expected a number like 3.5, a percentage like 71% or a duration like 6m30s)");
    }

    @Test
    void reads_numbers_and_percentages() {
        Touchpoint t = touchpoint("metric a 4.2\nmetric b -2\nmetric c 71%\nmetric d 2.5% target 3%");

        assertThat(t.metrics()).extracting(Metric::value).containsExactly(MetricValue.number(4.2),
                MetricValue.number(-2), MetricValue.percent(71), MetricValue.percent(2.5));
        assertThat(t.metrics().get(3).target()).contains(MetricValue.percent(3));
    }

    @Test
    void states_the_direction_of_a_metric_with_either_keyword() {
        Touchpoint t = touchpoint("metric aht 5m\nmetric nps 30 lower-is-better\nmetric aht 5m target 4m higher-is-better");

        assertThat(t.metrics()).extracting(Metric::direction).containsExactly(Direction.LOWER_IS_BETTER,
                Direction.LOWER_IS_BETTER, Direction.HIGHER_IS_BETTER);
    }

    @Test
    void decodes_every_escape() {
        JourneyMap map = JourneyDsl.parse("t", "journey \"q\\\" b\\\\ n\\n t\\t e\\u{1F600} a\\u{41}\" {\n}\n");

        assertThat(map.title()).isEqualTo("q\" b\\ n\n t\t e😀 aA");
    }

    @Test
    void reads_statements_separated_by_semicolons_and_comments_of_both_kinds() {
        Touchpoint t = touchpoint("emotion 1; feedback csat // why\n# a comment\naction \"Clicks # not a comment\"");

        assertThat(t.emotion()).hasValue(1);
        assertThat(t.actions()).containsExactly("Clicks # not a comment");
    }

    @Test
    void reads_windows_line_ends() {
        JourneyMap map = JourneyDsl.parse("t", "journey \"T\" {\r\n    objective \"O\"\r\n}\r\n");

        assertThat(map.objective()).contains("O");
    }

    @Test
    void accepts_ids_spelled_like_keywords() {
        JourneyMap map = parse("persona for \"For\"\nchannel via \"Via\"\nstage stage \"Stage\" {\n"
                + "touchpoint touchpoint \"T\" via via for for\nmoment flow \"F\"\n}\n"
                + "path for \"P\" { touchpoint -> flow }\nflow flow -> touchpoint kind return");

        assertThat(map.touchpoint("touchpoint").orElseThrow().channelId()).isEqualTo("via");
        assertThat(map.paths().get(0).steps()).containsExactly("touchpoint", "flow");
    }

    @Test
    void continues_a_path_over_lines_in_three_ways() {
        JourneyMap map = parse("persona p \"P\"\nstage s \"S\" { moment a \"A\"; moment b \"B\"; moment c \"C\" }\n"
                + "path p \"Long\" {\n  a -> b\n  b -> c ->\n  a\n  -> b\n}");

        assertThat(map.paths().get(0).steps()).containsExactly("a", "b", "c", "a", "b");
    }

    @Test
    void defaults_pain_severity_to_medium_and_touchpoints_to_the_customer() {
        Touchpoint t = touchpoint("pain \"Slow\"");

        assertThat(t.pains().get(0).severity()).isEqualTo(PainSeverity.MEDIUM);
        assertThat(t.isBrandInitiated()).isFalse();
    }

    @Test
    void rejects_include_as_not_supported_yet() {
        assertThat(errors("include \"shared.journey\""))
                .containsExactly("2:1 'include' is not supported yet: write the personas and channels in this file");
    }

    @Test
    void reports_all_problems_of_a_file_sorted_by_position() {
        assertThat(errors("stage s \"S\" {\ntouchpoint a \"A\" via nowhere { emotion 9 }\n}\nobjectiv \"x\""))
                .containsExactly("3:22 unknown channel 'nowhere'", "3:40 emotion 9 is outside the emotion scale -2..2",
                        "5:1 expected one of: kind, objective, timeline, emotion-scale, persona, channel, stage, path, "
                                + "flow, suppress, '}', found 'objectiv' (did you mean 'objective'?)");
    }

    @Test
    void rejects_a_negative_or_fractional_volume() {
        assertThat(errors("stage s \"S\" { moment a \"A\" }\nflow a -> a volume 1.5"))
                .containsExactly("3:20 expected the volume (a whole number of customers, 0 or more), found number 1.5");
    }

    @Test
    void renders_carets_under_a_tab_indented_line_with_the_same_tabs() {
        JourneyDslException e = catchThrowableOfType(JourneyDslException.class, () -> JourneyDsl.parse("t", "journey \"T\" {\n\t\tchannel web \"W\" kind nope\n}\n"));

        assertThat(e.getMessage()).isEqualTo("t:2:24: expected one of: self-service, assisted, voice, messaging, social, "
                + "media, in-person, automated, other, found 'nope'\n\t\tchannel web \"W\" kind nope\n\t\t"
                + " ".repeat(21) + "^^^^");
    }

    @Test
    void binds_steps_to_their_event_statements_or_else_to_their_ids() {
        JourneyMap map = parse("channel web \"Web\"\nstage s \"S\" {\n"
                + "touchpoint pay \"Pay\" via web {\nevent \"checkout_completed\"\nevent \"Paid\"\n}\n"
                + "moment wait \"Waits\" { event \"parcel.waiting\" }\n"
                + "touchpoint cart \"Cart\" via web\n}");

        assertThat(map.step("pay").orElseThrow().boundEvents()).containsExactly("checkout_completed", "Paid");
        assertThat(map.step("wait").orElseThrow().boundEvents()).containsExactly("parcel.waiting");
        assertThat(map.step("cart").orElseThrow().events()).isEmpty();
        assertThat(map.step("cart").orElseThrow().boundEvents()).containsExactly("cart");
        assertThat(JourneyDsl.format(map)).contains("""
                        touchpoint pay "Pay" via web {
                            event "checkout_completed"
                            event "Paid"
                        }
                        moment wait "Waits" {
                            event "parcel.waiting"
                        }
                """);
        assertThat(JourneyDsl.parse("x", JourneyDsl.format(map))).isEqualTo(map);
    }
}
