package dev.journeykit.core.testing;

import dev.journeykit.core.model.Blueprint;
import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.ChannelKind;
import dev.journeykit.core.model.Direction;
import dev.journeykit.core.model.EmotionScale;
import dev.journeykit.core.model.Fallout;
import dev.journeykit.core.model.FeedbackKind;
import dev.journeykit.core.model.Flow;
import dev.journeykit.core.model.Initiator;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MapKind;
import dev.journeykit.core.model.Metric;
import dev.journeykit.core.model.MetricUnit;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.Moment;
import dev.journeykit.core.model.PainPoint;
import dev.journeykit.core.model.PainSeverity;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.PersonaPath;
import dev.journeykit.core.model.Question;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Suppression;
import dev.journeykit.core.model.Touchpoint;
import dev.journeykit.core.model.TransitionKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of valid journey maps that use every feature of the model, for the
 * properties of every module (round-trips, determinism, never-throw).
 *
 * <p>What a generated map may hold:
 * <ul>
 *   <li>any map kind; objective and timeline present or absent; emotion scales other than -2..2;</li>
 *   <li>personas with description, goals, needs, pains, preferred channels (that exist) and
 *       attributes (keys are ids); channels of every kind; stages with a goal or not, holding
 *       touchpoints and moments (zero stages, empty stages and maps with no channel, hence only
 *       moments, occur too);</li>
 *   <li>steps for all personas or a list of them; emotions within the scale or absent; actions,
 *       thoughts, questions (answered by an existing touchpoint or not), pains of every severity,
 *       opportunities, owner, feedback kinds, metrics in all three units with and without target
 *       and in both directions (durations in whole seconds mostly, never negative), fall-outs
 *       (recovered by an existing touchpoint or not), the four blueprint layers;</li>
 *   <li>paths of two or more steps (they may revisit a step, also directly: a self-loop), with a
 *       name unique in the map; flows (chains of two or more steps, with or without volume, of
 *       every kind); suppressions with and without {@code on}.</li>
 * </ul>
 *
 * <p>Text is hostile but valid: names, titles and reasons are never blank, free text (actions,
 * pains, ...) is rarely empty, and any text may hold non-ASCII letters, emoji (supplementary
 * characters), quotes, backslashes, new lines, tabs, {@code <&>}, and DSL punctuation such as
 * {@code # // { } ; ->}. No other control characters and no lone surrogates. Ids match the id
 * pattern, are unique across all kinds, and are sometimes spelled like DSL keywords. Metric names,
 * attribute keys and suppression codes follow the DSL's word rules. No element carries a source
 * position.
 *
 * <p>Shrinking reduces the numbers of stages, steps, personas, channels, paths and flows.
 */
public final class JourneyArbitraries {

    private static final String[] WORDS = {
        "silk", "Amber", "Café", "naïve", "Zoë", "東京", "Привет", "مرحبا", "😀", "🧵", "日本語",
        "\"quoted\"", "it's", "back\\slash", "C:\\path\\", "<b>", "</svg>", "&amp;", "a&b", "x<y>z",
        "<!--", "]]>", "#hash", "// not a comment", "{", "}", ";", "->", "50%", "6m30s", "\\n",
        "\\u{1F600}", "ß", "Ω", "e\u0301", "\u00a0nbsp", "tab\there", "line\nbreak", "cr-free",
    };

    private static final String[] ID_WORDS = {
        "web", "chat", "sms", "faq", "checkout", "review", "call", "callback", "awareness",
        "stage", "touchpoint", "via", "for", "by", "kind", "path", "flow", "journey", "moment",
        "persona", "channel", "emotion", "metric", "a", "x1", "q", "z9z",
    };

    private static final String[] METRIC_NAMES = {
        "csat", "ces", "nps", "fcr", "aht", "conversion", "abandonment", "first-response", "wait",
        "handle_time", "m2",
    };

    private static final String[] CODES = {
        "coverage.no-feedback", "coverage.channel-gap", "saturation.stage", "path.non-linear",
        "friction.high-pain", "x.y", "custom.rule_1",
    };

    private JourneyArbitraries() {
    }

    /** Valid maps of every feature, small: up to 6 stages of up to 6 steps. */
    public static Arbitrary<JourneyMap> maps() {
        return maps(6, 6);
    }

    /**
     * Valid maps of every feature with at most {@code maxStages} stages of at most
     * {@code maxStepsPerStage} steps each.
     */
    public static Arbitrary<JourneyMap> maps(int maxStages, int maxStepsPerStage) {
        if (maxStages < 0 || maxStepsPerStage < 0) {
            throw new IllegalArgumentException("maxStages and maxStepsPerStage must be >= 0, got "
                    + maxStages + " and " + maxStepsPerStage);
        }
        return Combinators.combine(
                        Arbitraries.integers().between(0, maxStages),
                        Arbitraries.integers().between(0, maxStepsPerStage),
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 6),
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.longs())
                .as((stages, steps, personas, channels, paths, flows, seed) ->
                        new Generator(new Random(seed)).map(stages, steps, personas, channels, paths, flows));
    }

    /** Builds one map from a seed; every choice comes from the one {@link Random}. */
    private static final class Generator {

        private final Random random;
        private final Set<String> ids = new HashSet<>();

        Generator(Random random) {
            this.random = random;
        }

        JourneyMap map(int stageCount, int maxSteps, int personaCount, int channelCount,
                       int pathCount, int flowCount) {
            EmotionScale scale = pick(List.of(EmotionScale.DEFAULT, EmotionScale.DEFAULT,
                    EmotionScale.of(-3, 3), EmotionScale.of(-1, 1), EmotionScale.of(-5, 5),
                    EmotionScale.of(-1, 4), EmotionScale.of(-10, 2)));

            List<Channel> channels = new ArrayList<>();
            ChannelKind[] kinds = ChannelKind.values();
            for (int i = 0; i < channelCount; i++) {
                ChannelKind kind = i < kinds.length && random.nextInt(3) > 0
                        ? kinds[(i + random.nextInt(kinds.length)) % kinds.length]
                        : pick(List.of(kinds));
                channels.add(new Channel(id(), name(), kind));
            }
            List<String> channelIds = channels.stream().map(Channel::id).toList();

            List<Persona> personas = new ArrayList<>();
            for (int i = 0; i < personaCount; i++) {
                Map<String, String> attributes = new LinkedHashMap<>();
                int attributeCount = random.nextInt(3);
                for (int a = 0; a < attributeCount; a++) {
                    attributes.putIfAbsent(word(), text());
                }
                personas.add(new Persona(id(), name(), maybe(this::text), texts(2), texts(2), texts(2),
                        someOf(channelIds, 3), attributes, Optional.empty()));
            }
            List<String> personaIds = personas.stream().map(Persona::id).toList();

            // Ids first, so that questions and fall-outs can refer to touchpoints of any stage.
            List<String> stageIds = new ArrayList<>();
            List<List<String>> stepIds = new ArrayList<>();
            List<List<Boolean>> isTouchpoint = new ArrayList<>();
            List<String> touchpointIds = new ArrayList<>();
            List<String> allStepIds = new ArrayList<>();
            for (int s = 0; s < stageCount; s++) {
                stageIds.add(id());
                int steps = random.nextInt(maxSteps + 1);
                List<String> here = new ArrayList<>();
                List<Boolean> kinds2 = new ArrayList<>();
                for (int i = 0; i < steps; i++) {
                    String step = id();
                    boolean touchpoint = !channelIds.isEmpty() && random.nextInt(5) > 0;
                    here.add(step);
                    kinds2.add(touchpoint);
                    allStepIds.add(step);
                    if (touchpoint) {
                        touchpointIds.add(step);
                    }
                }
                stepIds.add(here);
                isTouchpoint.add(kinds2);
            }

            List<Stage> stages = new ArrayList<>();
            for (int s = 0; s < stageCount; s++) {
                String stageId = stageIds.get(s);
                List<Step> steps = new ArrayList<>();
                for (int i = 0; i < stepIds.get(s).size(); i++) {
                    String id = stepIds.get(s).get(i);
                    steps.add(isTouchpoint.get(s).get(i)
                            ? touchpoint(id, stageId, scale, channelIds, personaIds, touchpointIds)
                            : moment(id, stageId, scale, personaIds));
                }
                stages.add(new Stage(stageId, name(), maybe(this::text), steps, Optional.empty()));
            }

            List<PersonaPath> paths = new ArrayList<>();
            Set<String> pathNames = new HashSet<>();
            if (!personaIds.isEmpty() && !allStepIds.isEmpty()) {
                for (int i = 0; i < pathCount; i++) {
                    String name = name();
                    if (pathNames.add(name)) {
                        paths.add(new PersonaPath(pick(personaIds), name, chain(allStepIds, 2, 7),
                                Optional.empty()));
                    }
                }
            }
            List<Flow> flows = new ArrayList<>();
            if (!allStepIds.isEmpty()) {
                for (int i = 0; i < flowCount; i++) {
                    OptionalLong volume = random.nextInt(3) == 0 ? OptionalLong.empty()
                            : OptionalLong.of(random.nextInt(4) == 0 ? 0 : random.nextInt(100_000));
                    flows.add(new Flow(chain(allStepIds, 2, 4), volume,
                            pick(List.of(TransitionKind.values())), Optional.empty()));
                }
            }

            List<String> elementIds = new ArrayList<>(ids);
            elementIds.sort(null);
            List<Suppression> suppressions = new ArrayList<>();
            int suppressionCount = random.nextInt(3);
            for (int i = 0; i < suppressionCount; i++) {
                Optional<String> on = elementIds.isEmpty() || random.nextBoolean()
                        ? Optional.empty() : Optional.of(pick(elementIds));
                suppressions.add(new Suppression(pick(List.of(CODES)), on, name(), Optional.empty()));
            }

            JourneyMap.Header header = JourneyMap.Header.of(name()).withKind(pick(List.of(MapKind.values())))
                    .withObjective(maybe(this::text))
                    .withTimeline(maybe(() -> random.nextBoolean() ? pick(List.of("2 weeks", "1 year", "variable")) : text()))
                    .withEmotionScale(scale);
            return JourneyMap.create(header, personas, channels, stages, paths, flows, suppressions);
        }

        private Touchpoint touchpoint(String id, String stageId, EmotionScale scale,
                                      List<String> channelIds, List<String> personaIds,
                                      List<String> touchpointIds) {
            List<Question> questions = new ArrayList<>();
            int questionCount = random.nextInt(3);
            for (int i = 0; i < questionCount; i++) {
                questions.add(new Question(text(), touchpointIds.isEmpty() || random.nextBoolean()
                        ? Optional.empty() : Optional.of(pick(touchpointIds)), Optional.empty()));
            }
            List<Fallout> fallouts = new ArrayList<>();
            int falloutCount = random.nextInt(3);
            for (int i = 0; i < falloutCount; i++) {
                fallouts.add(new Fallout(text(), touchpointIds.isEmpty() || random.nextBoolean()
                        ? Optional.empty() : Optional.of(pick(touchpointIds)), Optional.empty()));
            }
            List<FeedbackKind> feedback = someOf(List.of(FeedbackKind.values()), 2);
            List<Metric> metrics = new ArrayList<>();
            for (String name : someOf(List.of(METRIC_NAMES), 3)) {
                metrics.add(metric(name));
            }
            return new Touchpoint(id, name(), stageId, pick(channelIds),
                    random.nextInt(3) == 0 ? Initiator.BRAND : Initiator.CUSTOMER,
                    stepPersonas(personaIds), emotion(scale), texts(2), texts(2), questions, pains(),
                    texts(2), maybe(this::name), feedback, metrics, fallouts,
                    new Blueprint(texts(2), texts(1), texts(1), texts(1)), events(id), Optional.empty());
        }

        /** None, one or two log event names; never another step's (ids have no '.' or space). */
        private List<String> events(String id) {
            return List.of(id + ".done", "Saw \"" + id + "\"").subList(0, random.nextInt(3));
        }

        private Moment moment(String id, String stageId, EmotionScale scale, List<String> personaIds) {
            return new Moment(id, name(), stageId, stepPersonas(personaIds), emotion(scale), texts(2),
                    texts(2), pains(), events(id), Optional.empty());
        }

        private Metric metric(String name) {
            MetricUnit unit = pick(List.of(MetricUnit.values()));
            Optional<MetricValue> target = random.nextBoolean()
                    ? Optional.empty() : Optional.of(metricValue(unit));
            Direction direction = random.nextInt(4) == 0
                    ? pick(List.of(Direction.values())) : Metric.defaultDirection(name);
            return new Metric(name, metricValue(unit), target, direction, Optional.empty());
        }

        private MetricValue metricValue(MetricUnit unit) {
            return switch (unit) {
                case NUMBER -> MetricValue.number(decimal(-100_000, 100_000));
                case PERCENT -> MetricValue.percent(decimal(-100, 10_000));
                case DURATION -> MetricValue.seconds(random.nextInt(8) == 0
                        ? random.nextInt(20_000) / 2.0
                        : pick(List.of(0, 30, 45, 60, 390, 3_600, 7_260, 86_400, 90_061,
                                random.nextInt(1_000_000))));
            };
        }

        /** A number with up to two decimals, as people write metric values. */
        private double decimal(int low, int high) {
            int n = low + random.nextInt(high - low + 1);
            return switch (random.nextInt(3)) {
                case 0 -> n;
                case 1 -> n / 10.0;
                default -> n / 100.0;
            };
        }

        private List<PainPoint> pains() {
            List<PainPoint> pains = new ArrayList<>();
            int count = random.nextInt(3);
            for (int i = 0; i < count; i++) {
                pains.add(new PainPoint(text(), pick(List.of(PainSeverity.values())), Optional.empty()));
            }
            return pains;
        }

        private List<String> stepPersonas(List<String> personaIds) {
            return random.nextInt(3) == 0 ? someOf(personaIds, personaIds.size()) : List.of();
        }

        private OptionalInt emotion(EmotionScale scale) {
            return random.nextInt(4) == 0 ? OptionalInt.empty()
                    : OptionalInt.of(scale.low() + random.nextInt(scale.high() - scale.low() + 1));
        }

        /** A run of {@code min..max} steps chosen with repetition: revisits and self-loops occur. */
        private List<String> chain(List<String> steps, int min, int max) {
            int length = min + random.nextInt(max - min + 1);
            List<String> chain = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                chain.add(!chain.isEmpty() && random.nextInt(6) == 0
                        ? chain.get(random.nextInt(chain.size())) : pick(steps));
            }
            return chain;
        }

        /** A fresh element id, unique in the map. */
        private String id() {
            while (true) {
                String candidate = word();
                if (ids.add(candidate)) {
                    return candidate;
                }
                String numbered = candidate + (random.nextBoolean() ? "-" : "_") + ids.size();
                if (ids.add(numbered)) {
                    return numbered;
                }
            }
        }

        /** A word of the id pattern: {@code [a-z][a-z0-9]*([-_][a-z0-9]+)*}. */
        private String word() {
            if (random.nextInt(3) > 0) {
                return pick(List.of(ID_WORDS));
            }
            StringBuilder out = new StringBuilder();
            out.append((char) ('a' + random.nextInt(26)));
            int length = random.nextInt(6);
            for (int i = 0; i < length; i++) {
                out.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(random.nextInt(36)));
            }
            if (random.nextInt(3) == 0) {
                out.append(random.nextBoolean() ? '-' : '_').append(random.nextInt(100));
            }
            return out.toString();
        }

        /** Text that is never blank. */
        private String name() {
            String text = text();
            return text.isBlank() ? "Name " + text + pick(List.of(WORDS)) : text;
        }

        /** Free text: usually a few words, hostile ones among them, rarely empty. */
        private String text() {
            if (random.nextInt(40) == 0) {
                return "";
            }
            int count = 1 + random.nextInt(4);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    out.append(' ');
                }
                out.append(random.nextInt(3) == 0 ? pick(List.of(WORDS)) : plainWord());
            }
            return out.toString();
        }

        private String plainWord() {
            return pick(List.of("Reads", "the", "FAQ", "Checks", "out", "delivery", "Hears", "a",
                    "podcast", "Waits", "in", "queue", "for", "6", "minutes", "price", "Agent"));
        }

        private List<String> texts(int max) {
            int count = random.nextInt(max + 1);
            List<String> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                out.add(text());
            }
            return out;
        }

        private Optional<String> maybe(java.util.function.Supplier<String> value) {
            return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
        }

        /** Up to {@code max} distinct elements of {@code values}, in a random order. */
        private <T> List<T> someOf(List<T> values, int max) {
            List<T> pool = new ArrayList<>(values);
            int count = pool.isEmpty() ? 0 : random.nextInt(Math.min(max, pool.size()) + 1);
            List<T> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                out.add(pool.remove(random.nextInt(pool.size())));
            }
            return out;
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}
