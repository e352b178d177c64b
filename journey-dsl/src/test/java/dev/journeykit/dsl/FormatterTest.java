package dev.journeykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.ChannelKind;
import dev.journeykit.core.model.Direction;
import dev.journeykit.core.model.FeedbackKind;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MapKind;
import dev.journeykit.core.model.Metric;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.PainSeverity;
import dev.journeykit.core.model.TransitionKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The canonical text, exactly. */
class FormatterTest {

    @Test
    void prints_a_minimal_map_as_an_empty_journey_block() {
        JourneyMap map = JourneyMaps.journey("Empty").build();

        assertThat(JourneyDsl.format(map)).isEqualTo("journey \"Empty\" {\n}\n");
    }

    @Test
    void prints_every_statement_in_the_order_of_the_spec_and_leaves_defaults_out() {
        JourneyMap map = JourneyMaps.journey("Full")
                .kind(MapKind.SERVICE_BLUEPRINT)
                .objective("Sell")
                .timeline("1 year")
                .emotionScale(-3, 3)
                .persona("amber", "Amber", p -> p.attribute("age", "32").prefers("web").pain("Frizz")
                        .need("Silk").goal("Sleep").description("Buyer"))
                .persona("ben", "Ben")
                .channel("web", "Website", ChannelKind.SELF_SERVICE)
                .channel("post", "Post")
                .stage("empty", "Empty stage")
                .stage("buy", "Buy", s -> s.goal("Buy it")
                        .touchpoint("page", "Page").via("web").byBrand().forPersonas("amber", "ben")
                        .evidence("Receipt").support("OMS").backstage("Picks").frontstage("Greets")
                        .fallout("Leaves", "page").fallout("Gives up")
                        .metric(new Metric("aht", MetricValue.seconds(390), Optional.of(MetricValue.seconds(300)),
                                Direction.LOWER_IS_BETTER, Optional.empty()))
                        .metric(new Metric("csat", MetricValue.number(4.2), Optional.empty(),
                                Direction.LOWER_IS_BETTER, Optional.empty()))
                        .metric(new Metric("wait", MetricValue.seconds(1.5), Optional.empty(),
                                Direction.HIGHER_IS_BETTER, Optional.empty()))
                        .metric("conversion", MetricValue.percent(2.1), MetricValue.percent(3))
                        .feedback(FeedbackKind.NPS).owner("Team").opportunity("Faster")
                        .pain("Slow", PainSeverity.HIGH).pain("Dull")
                        .question("Silk?", "page").question("When?")
                        .thought("Hmm").action("Clicks").emotion(3)
                        .moment("think", "Thinks").forPersonas("amber")
                        .moment("idle", "Idles").emotion(0))
                .path("amber", "Happy", "page", "think", "page")
                .flow(f -> f.steps("page", "think", "idle").volume(120).kind(TransitionKind.RECOVERY))
                .flow("think", "page")
                .suppress("coverage.no-feedback", "buy", "Later")
                .suppressEverywhere("Odd Code", "Because")
                .build();

        assertThat(JourneyDsl.format(map)).isEqualTo("""
                journey "Full" {
                    kind service-blueprint
                    objective "Sell"
                    timeline "1 year"
                    emotion-scale -3..3

                    persona amber "Amber" {
                        description "Buyer"
                        goal "Sleep"
                        need "Silk"
                        pain "Frizz"
                        prefers web
                        attribute age "32"
                    }

                    persona ben "Ben"

                    channel web "Website" kind self-service
                    channel post "Post"

                    stage empty "Empty stage"

                    stage buy "Buy" {
                        goal "Buy it"
                        touchpoint page "Page" via web by brand for amber, ben {
                            emotion 3
                            action "Clicks"
                            thought "Hmm"
                            question "Silk?" answered-by page
                            question "When?"
                            pain "Slow" severity high
                            pain "Dull"
                            opportunity "Faster"
                            owner "Team"
                            feedback nps
                            metric aht 6m30s target 5m
                            metric csat 4.2 lower-is-better
                            metric wait 1.5s higher-is-better
                            metric conversion 2.1% target 3%
                            fallout "Leaves" recovered-by page
                            fallout "Gives up"
                            frontstage "Greets"
                            backstage "Picks"
                            support "OMS"
                            evidence "Receipt"
                        }
                        moment think "Thinks" for amber
                        moment idle "Idles" {
                            emotion 0
                        }
                    }

                    path amber "Happy" {
                        page -> think -> page
                    }

                    flow page -> think -> idle volume 120 kind recovery
                    flow think -> page

                    suppress coverage.no-feedback on buy because "Later"
                    suppress "Odd Code" because "Because"
                }
                """);
    }

    @Test
    void escapes_only_what_a_string_cannot_hold_raw() {
        JourneyMap map = JourneyMaps.journey("Quote \" backslash \\ line\nbreak tab\t bell\u0007 del\u007f "
                + "c1\u0085 emoji 😀 lone \ud800 café # // { } ; ->").build();

        assertThat(JourneyDsl.format(map)).isEqualTo("journey \"Quote \\\" backslash \\\\ line\\nbreak tab\\t "
                + "bell\\u{7} del\\u{7F} c1\\u{85} emoji 😀 lone \\u{D800} café # // { } ; ->\" {\n}\n");
        assertThat(JourneyDsl.parse("x", JourneyDsl.format(map))).isEqualTo(map);
    }

    @Test
    void quotes_attribute_keys_and_metric_names_that_are_not_ids() {
        JourneyMap map = JourneyMaps.journey("J")
                .persona("amber", "Amber", p -> p.attribute("Favourite colour", "blue"))
                .channel("web", "Web")
                .stage("s", "S", s -> s.touchpoint("t", "T").via("web").metric("Time to value", MetricValue.number(3)))
                .build();

        String text = JourneyDsl.format(map);

        assertThat(text).contains("        attribute \"Favourite colour\" \"blue\"\n")
                .contains("            metric \"Time to value\" 3\n");
        assertThat(JourneyDsl.parse("x", text)).isEqualTo(map);
    }

    @Test
    void wraps_long_paths_so_each_line_starts_with_the_step_the_previous_one_ended_with() {
        String[] steps = new String[30];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = "step-number-" + (i % 3);
        }
        JourneyMap map = JourneyMaps.journey("J").persona("p", "P")
                .stage("s", "S", s -> s.moment("step-number-0", "0").moment("step-number-1", "1").moment("step-number-2", "2"))
                .path("p", "Long", steps).build();

        String text = JourneyDsl.format(map);

        assertThat(text).contains("    path p \"Long\" {\n"
                + "        step-number-0 -> step-number-1 -> step-number-2 -> step-number-0 -> step-number-1\n"
                + "        step-number-1 -> step-number-2 -> step-number-0 -> step-number-1 -> step-number-2\n");
        assertThat(text.lines().filter(l -> l.startsWith("        step")).allMatch(l -> l.length() <= 100)).isTrue();
        assertThat(JourneyDsl.parse("x", text)).isEqualTo(map);
    }

    @Test
    void writes_metric_values_in_the_form_they_are_read() {
        JourneyMap map = JourneyMaps.journey("J").channel("web", "Web")
                .stage("s", "S", s -> s.touchpoint("t", "T").via("web")
                        .metric("a", MetricValue.seconds(90_061)).metric("b", MetricValue.seconds(-5))
                        .metric("c", MetricValue.seconds(0.25)).metric("d", MetricValue.number(-0.001))
                        .metric("e", MetricValue.number(1e20)).metric("f", MetricValue.percent(-12.5))
                        .metric("g", MetricValue.seconds(7_200)).metric("h", MetricValue.seconds(0)))
                .build();

        String text = JourneyDsl.format(map);

        assertThat(text).contains("metric a 1d1h1m1s\n", "metric b -5s\n", "metric c 0.25s\n", "metric d -0.001\n",
                "metric e 100000000000000000000\n", "metric f -12.5%\n", "metric g 2h\n", "metric h 0s\n");
        assertThat(JourneyDsl.parse("x", text)).isEqualTo(map);
    }
}
