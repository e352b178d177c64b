package dev.journeykit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.Element;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Metric;
import dev.journeykit.core.model.Moment;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Touchpoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/** The generator gives valid maps, within its bounds, that together use every feature. */
class JourneyArbitrariesProperties {

    @Provide
    Arbitrary<JourneyMap> maps() {
        return JourneyArbitraries.maps();
    }

    @Property(tries = 200)
    void generated_maps_are_valid_and_within_bounds(@ForAll("maps") JourneyMap map) {
        // JourneyMap.create validated it already; the ids are unique across all kinds
        List<String> ids = new ArrayList<>();
        map.personas().forEach(p -> ids.add(p.id()));
        map.channels().forEach(c -> ids.add(c.id()));
        map.stages().forEach(s -> {
            ids.add(s.id());
            s.steps().forEach(t -> ids.add(t.id()));
        });
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(ids).allMatch(JourneyMap::isValidId);
        assertThat(map.stages()).hasSizeLessThanOrEqualTo(6);
        assertThat(map.stages()).allMatch(s -> s.steps().size() <= 6);
        assertThat(map.title()).isNotBlank();
        for (Element e : elements(map)) {
            assertThat(e.name()).isNotBlank();
        }
        assertThat(map.paths()).allMatch(p -> p.steps().size() >= 2);
        assertThat(map.flows()).allMatch(f -> f.steps().size() >= 2);
    }

    @Property(tries = 20)
    void bounds_are_kept(@ForAll("smallMaps") JourneyMap map) {
        assertThat(map.stages()).hasSizeLessThanOrEqualTo(2);
        assertThat(map.stages()).allMatch(s -> s.steps().size() <= 1);
    }

    @Provide
    Arbitrary<JourneyMap> smallMaps() {
        return JourneyArbitraries.maps(2, 1);
    }

    @Test
    void a_few_hundred_maps_use_every_feature() {
        Set<String> seen = new TreeSet<>();
        JourneyArbitraries.maps().sampleStream().limit(300).forEach(map -> {
            seen.add("kind " + map.kind());
            seen.add("scale " + map.emotionScale());
            if (map.objective().isPresent()) {
                seen.add("objective");
            }
            if (map.timeline().isPresent()) {
                seen.add("timeline");
            }
            map.personas().forEach(p -> {
                if (!p.attributes().isEmpty()) {
                    seen.add("attributes");
                }
                if (!p.preferredChannels().isEmpty()) {
                    seen.add("prefers");
                }
                if (p.description().isPresent()) {
                    seen.add("description");
                }
            });
            map.channels().forEach(c -> seen.add("channel " + c.kind()));
            for (Step step : map.steps()) {
                seen.add(step.getClass().getSimpleName());
                if (!step.personas().isEmpty()) {
                    seen.add("step personas");
                }
                if (step.emotion().isPresent()) {
                    seen.add("emotion");
                }
                if (step instanceof Touchpoint t) {
                    seen.add("by " + t.initiatedBy());
                    t.questions().forEach(q -> seen.add("question answered " + q.answeredBy().isPresent()));
                    t.fallouts().forEach(f -> seen.add("fallout recovered " + f.recoveredBy().isPresent()));
                    t.pains().forEach(p -> seen.add("pain " + p.severity()));
                    t.feedback().forEach(f -> seen.add("feedback " + f));
                    t.owner().ifPresent(o -> seen.add("owner"));
                    for (Metric m : t.metrics()) {
                        seen.add("metric " + m.value().unit() + " target " + m.target().isPresent()
                                + " " + m.direction());
                    }
                    if (!t.backstage().isEmpty()) {
                        seen.add("backstage");
                    }
                }
                if (step instanceof Moment && !step.pains().isEmpty()) {
                    seen.add("moment pain");
                }
            }
            map.paths().forEach(p -> {
                seen.add("path");
                if (new HashSet<>(p.steps()).size() < p.steps().size()) {
                    seen.add("path revisits");
                }
            });
            map.flows().forEach(f -> {
                seen.add("flow " + f.kind());
                seen.add("flow volume " + f.volume().isPresent());
            });
            map.suppressions().forEach(s -> seen.add("suppression on " + s.on().isPresent()));
            String all = map.toString() + map.title() + map.steps().stream().map(Step::name).toList();
            if (map.steps().stream().anyMatch(s -> s.name().contains("\n"))) {
                seen.add("newline");
            }
            if (map.steps().stream().anyMatch(s -> s.name().contains("<") || s.name().contains("&"))) {
                seen.add("markup");
            }
            if (map.steps().stream().anyMatch(s -> s.name().codePoints().anyMatch(Character::isSupplementaryCodePoint))) {
                seen.add("emoji");
            }
        });
        assertThat(seen).contains("kind CURRENT_STATE", "kind FUTURE_STATE", "kind DAY_IN_THE_LIFE",
                "kind SERVICE_BLUEPRINT", "scale -2..2", "scale -3..3", "scale -1..4", "objective",
                "timeline", "attributes", "prefers", "description", "Touchpoint", "Moment",
                "step personas", "emotion", "by BRAND", "by CUSTOMER", "question answered true",
                "question answered false", "fallout recovered true", "fallout recovered false",
                "pain LOW", "pain MEDIUM", "pain HIGH", "feedback CSAT", "feedback CES",
                "feedback NPS", "feedback CUSTOM", "owner", "backstage", "moment pain", "path",
                "path revisits", "flow NEXT", "flow RETURN", "flow HANDOFF", "flow RECOVERY",
                "flow volume true", "flow volume false", "suppression on true",
                "suppression on false", "newline", "markup", "emoji");
        for (dev.journeykit.core.model.ChannelKind kind : dev.journeykit.core.model.ChannelKind.values()) {
            assertThat(seen).contains("channel " + kind);
        }
        for (String unit : List.of("NUMBER", "PERCENT", "DURATION")) {
            for (String direction : List.of("HIGHER_IS_BETTER", "LOWER_IS_BETTER")) {
                assertThat(seen).contains("metric " + unit + " target true " + direction,
                        "metric " + unit + " target false " + direction);
            }
        }
    }

    private static List<Element> elements(JourneyMap map) {
        List<Element> all = new ArrayList<>();
        all.addAll(map.personas());
        all.addAll(map.channels());
        map.stages().forEach(s -> {
            all.add(s);
            all.addAll(s.steps());
        });
        return all;
    }
}
