package dev.journeykit.core.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.build.Stages;
import dev.journeykit.core.graph.JourneyGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A null argument anywhere gets a NullPointerException whose message names the parameter. */
class NullArgumentsTest {

    private static void rejects(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isExactlyInstanceOf(NullPointerException.class).hasMessage(message);
    }

    private static final JourneyMap MAP = JourneyMaps.journey("T").persona("p", "P").channels(Channels.WEB)
            .stage("s", "S", s -> s.touchpoint("t", "T").via("web")).build();

    @Test
    void builder_arguments_are_named() {
        rejects(() -> JourneyMaps.journey(null), "journey: title must not be null");
        rejects(() -> JourneyMaps.journey("T").kind(null), "journey: kind must not be null");
        rejects(() -> JourneyMaps.journey("T").objective(null), "journey: objective must not be null");
        rejects(() -> JourneyMaps.journey("T").timeline(null), "journey: timeline must not be null");
        rejects(() -> JourneyMaps.journey("T").persona(null, "P"), "persona: id must not be null");
        rejects(() -> JourneyMaps.journey("T").persona("p", null), "persona 'p': name must not be null");
        rejects(() -> JourneyMaps.journey("T").persona("p", "P", null), "persona 'p': details must not be null");
        rejects(() -> JourneyMaps.journey("T").persona("p", "P", p -> p.goal(null)), "persona 'p': goal must not be null");
        rejects(() -> JourneyMaps.journey("T").persona("p", "P", p -> p.prefers("web", null)),
                "persona 'p': prefers[1] must not be null");
        rejects(() -> JourneyMaps.journey("T").persona("p", "P", p -> p.attribute("age", null)),
                "persona 'p': attribute 'age' must not be null");
        rejects(() -> JourneyMaps.journey("T").channel(null, "C"), "channel: id must not be null");
        rejects(() -> JourneyMaps.journey("T").channel("c", "C", null), "channel 'c': kind must not be null");
        rejects(() -> JourneyMaps.journey("T").channels((Channel[]) null), "journey: channels must not be null");
        rejects(() -> JourneyMaps.journey("T").channels(Channels.WEB, null), "journey: channels[1] must not be null");
        rejects(() -> JourneyMaps.journey("T").channels((List<Channel>) null), "journey: channels must not be null");
        rejects(() -> JourneyMaps.journey("T").stage(null, "S"), "stage: id must not be null");
        rejects(() -> JourneyMaps.journey("T").stage("s", (String) null), "stage 's': name must not be null");
        rejects(() -> JourneyMaps.journey("T").stages(null), "journey: stages must not be null");
        rejects(() -> JourneyMaps.journey("T").stages(Arrays.asList(Stages.CLASSIC.get(0), null)),
                "journey: stages[1] must not be null");
        rejects(() -> JourneyMaps.journey("T").stage("s", "S", s -> s.goal(null)), "stage 's': goal must not be null");
        rejects(() -> JourneyMaps.journey("T").stage("s", "S", s -> s.touchpoint(null, "T")),
                "stage 's': touchpoint id must not be null");
        rejects(() -> JourneyMaps.journey("T").stage("s", "S", s -> s.touchpoint("t", null)),
                "touchpoint 't': name must not be null");
        rejects(() -> JourneyMaps.journey("T").stage("s", "S", s -> s.touchpoint("t", "T").via((String) null)),
                "touchpoint 't': channel must not be null");
        rejects(() -> JourneyMaps.journey("T").stage("s", "S", s -> s.touchpoint("t", "T").question("Q", null)),
                "touchpoint 't': answeredBy must not be null");
        rejects(() -> JourneyMaps.journey("T").stage("s", "S", s -> s.touchpoint("t", "T").fallout(null, "x")),
                "touchpoint 't': fallout must not be null");
        rejects(() -> JourneyMaps.journey("T").stage("s", "S", s -> s.touchpoint("t", "T").metric("aht", null)),
                "touchpoint 't': metric value must not be null");
        rejects(() -> JourneyMaps.journey("T").stage("s", "S", s -> s.touchpoint("t", "T").pain("p", null)),
                "touchpoint 't': severity must not be null");
        rejects(() -> JourneyMaps.journey("T").stage("s", "S", s -> s.moment("m", "M").forPersonas((String[]) null)),
                "moment 'm': personas must not be null");
        rejects(() -> JourneyMaps.journey("T").stage("s", "S", s -> s.moment("m", "M").action(null)),
                "moment 'm': action must not be null");
        rejects(() -> JourneyMaps.journey("T").path("p", "P", "a", null), "path 'P': steps[1] must not be null");
        rejects(() -> JourneyMaps.journey("T").path(null, "P", "a"), "path 'P': persona must not be null");
        rejects(() -> JourneyMaps.journey("T").flow((String[]) null), "flow: steps must not be null");
        rejects(() -> JourneyMaps.journey("T").flow(f -> f.kind(null)), "flow: kind must not be null");
        rejects(() -> JourneyMaps.journey("T").suppress("x.y", null, "r"), "suppression of 'x.y': on must not be null");
        rejects(() -> JourneyMaps.journey("T").suppressEverywhere("x.y", null),
                "suppression of 'x.y': reason must not be null");
    }

    @Test
    void model_constructor_arguments_are_named() {
        rejects(() -> new Channel("c", null, ChannelKind.OTHER), "channel 'c': name must not be null");
        rejects(() -> new Stage("s", "S", Optional.empty(), Arrays.asList((Step) null), Optional.empty()),
                "stage 's': steps[0] must not be null");
        Map<String, String> attributes = new HashMap<>();
        attributes.put("age", null);
        rejects(() -> new Persona("p", "P", Optional.empty(), List.of(), List.of(), List.of(), List.of(),
                attributes, Optional.empty()), "persona 'p': attributes['age'] must not be null");
        rejects(() -> new Moment("m", "M", "s", List.of(), null, List.of(), List.of(), List.of(), Optional.empty()),
                "moment 'm': emotion must not be null");
        rejects(() -> new Flow(List.of("a", "b"), null, TransitionKind.NEXT, Optional.empty()),
                "flow volume must not be null");
        rejects(() -> new MetricValue(1, null), "metric unit must not be null");
        rejects(() -> Metric.of(null, MetricValue.number(1)), "metric name must not be null");
        rejects(() -> Metric.defaultDirection(null), "metric name must not be null");
        rejects(() -> new SourcePosition(null, 1, 1), "file must not be null");
        rejects(() -> new Suppression("x.y", Optional.empty(), "r", Optional.empty()).matches("x.y", null),
                "subjects must not be null");
        List<Stage> stages = new ArrayList<>();
        stages.add(null);
        rejects(() -> JourneyMap.create(JourneyMap.Header.of("T"), List.of(), List.of(), stages, List.of(),
                List.of(), List.of()), "stages[0] must not be null");
        rejects(() -> JourneyMap.Header.of("T").withObjective(null), "objective must not be null");
        rejects(() -> JourneyMap.create(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                "header must not be null");
    }

    @Test
    void query_arguments_are_named() {
        rejects(() -> MAP.element(null), "id must not be null");
        rejects(() -> MAP.persona(null), "id must not be null");
        rejects(() -> MAP.step(null), "id must not be null");
        rejects(() -> MAP.stageIndex(null), "stepId must not be null");
        rejects(() -> MAP.stageOf(null), "stepId must not be null");
        rejects(() -> MAP.stepsFor(null), "personaId must not be null");
        rejects(() -> MAP.touchpointsVia(null), "channelId must not be null");
        rejects(() -> MAP.forPersona(null), "personaId must not be null");
        rejects(() -> MAP.steps().get(0).isFor(null), "personaId must not be null");
        rejects(() -> MAP.touchpoints().get(0).layer(null), "layer must not be null");
        rejects(() -> JourneyGraph.of(null), "map must not be null");
        rejects(() -> JourneyGraph.forPersona(MAP, null), "personaId must not be null");
        rejects(() -> JourneyGraph.forPersona(null, "p"), "map must not be null");
    }

    @Test
    void a_touchpoint_emotion_of_null_is_named() {
        rejects(() -> new Touchpoint("t", "T", "s", "web", Initiator.CUSTOMER, List.of(), (OptionalInt) null,
                List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), List.of(), List.of(),
                List.of(), Blueprint.NONE, List.of(), Optional.empty()),
                "touchpoint 't': emotion must not be null");
    }
}
