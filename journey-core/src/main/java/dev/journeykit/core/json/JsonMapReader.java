package dev.journeykit.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.ChannelKind;
import dev.journeykit.core.model.Direction;
import dev.journeykit.core.model.EmotionScale;
import dev.journeykit.core.model.Fallout;
import dev.journeykit.core.model.FeedbackKind;
import dev.journeykit.core.model.Flow;
import dev.journeykit.core.model.Initiator;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.JourneyValidationException;
import dev.journeykit.core.model.Keyworded;
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
import dev.journeykit.core.model.SourcePosition;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Suppression;
import dev.journeykit.core.model.Touchpoint;
import dev.journeykit.core.model.TransitionKind;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a map from Jackson's tree of the JSON text, checking every object's fields and every
 * value's type, and naming the JSON path of the first thing wrong. O(size of the text).
 */
final class JsonMapReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Set<String> MAP_FIELDS = fields("title", "kind", "objective", "timeline",
            "emotionScale", "personas", "channels", "stages", "paths", "flows", "suppressions", "position");
    private static final Set<String> SCALE_FIELDS = fields("low", "high");
    private static final Set<String> PERSONA_FIELDS = fields("id", "name", "description", "goals",
            "needs", "pains", "preferredChannels", "attributes", "position");
    private static final Set<String> CHANNEL_FIELDS = fields("id", "name", "kind", "position");
    private static final Set<String> STAGE_FIELDS = fields("id", "name", "goal", "steps", "position");
    private static final Set<String> TOUCHPOINT_FIELDS = fields("type", "id", "name", "channel",
            "initiatedBy", "personas", "emotion", "actions", "thoughts", "questions", "pains",
            "opportunities", "owner", "feedback", "metrics", "fallouts", "frontstage", "backstage",
            "support", "evidence", "position");
    private static final Set<String> MOMENT_FIELDS = fields("type", "id", "name", "personas",
            "emotion", "actions", "thoughts", "pains", "position");
    private static final Set<String> QUESTION_FIELDS = fields("text", "answeredBy", "position");
    private static final Set<String> FALLOUT_FIELDS = fields("text", "recoveredBy", "position");
    private static final Set<String> PAIN_FIELDS = fields("text", "severity", "position");
    private static final Set<String> METRIC_FIELDS = fields("name", "value", "unit", "target",
            "direction", "position");
    private static final Set<String> PATH_FIELDS = fields("persona", "name", "steps", "position");
    private static final Set<String> FLOW_FIELDS = fields("steps", "volume", "kind", "position");
    private static final Set<String> SUPPRESSION_FIELDS = fields("code", "on", "reason", "position");
    private static final Set<String> POSITION_FIELDS = fields("file", "line", "column");

    private JsonMapReader() {
    }

    static JourneyMap read(String json) {
        try {
            return map(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        }
    }

    static JourneyMap read(Reader in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        }
        return map(root);
    }

    private static JourneyMap map(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            throw new JourneyJsonException("$", "expected a JSON object of a journey map, got no JSON value");
        }
        Obj map = new Obj(root, "$", "journey map", MAP_FIELDS);
        String title = map.text("title");
        MapKind kind = map.keyword("kind", MapKind.class, MapKind::fromKeyword).orElse(MapKind.CURRENT_STATE);
        Optional<String> objective = map.optionalText("objective");
        Optional<String> timeline = map.optionalText("timeline");
        EmotionScale scale = map.optionalObject("emotionScale", "emotion scale", SCALE_FIELDS)
                .map(s -> new EmotionScale(s.integer("low"), s.integer("high")))
                .orElse(EmotionScale.DEFAULT);
        List<Persona> personas = map.objects("personas", "persona", PERSONA_FIELDS, JsonMapReader::persona);
        List<Channel> channels = map.objects("channels", "channel", CHANNEL_FIELDS, c -> new Channel(
                c.text("id"), c.text("name"),
                c.keyword("kind", ChannelKind.class, ChannelKind::fromKeyword).orElse(ChannelKind.OTHER),
                c.position()));
        List<Stage> stages = map.objects("stages", "stage", STAGE_FIELDS, JsonMapReader::stage);
        List<PersonaPath> paths = map.objects("paths", "path", PATH_FIELDS, p -> new PersonaPath(
                p.text("persona"), p.text("name"), p.requiredTexts("steps"), p.position()));
        List<Flow> flows = map.objects("flows", "flow", FLOW_FIELDS, f -> new Flow(
                f.requiredTexts("steps"), f.optionalLong("volume"),
                f.keyword("kind", TransitionKind.class, TransitionKind::fromKeyword).orElse(TransitionKind.NEXT),
                f.position()));
        List<Suppression> suppressions = map.objects("suppressions", "suppression", SUPPRESSION_FIELDS,
                s -> new Suppression(s.text("code"), s.optionalText("on"), s.text("reason"), s.position()));
        Optional<SourcePosition> position = map.position();
        try {
            return JourneyMap.create(title, kind, objective, timeline, scale, personas, channels,
                    stages, paths, flows, suppressions, position);
        } catch (JourneyValidationException e) {
            throw new JourneyJsonException(e);
        }
    }

    private static Persona persona(Obj p) {
        Map<String, String> attributes = new LinkedHashMap<>();
        p.optionalObject("attributes", "map of attributes", null).ifPresent(a -> a.forEachField(
                (key, value) -> attributes.put(key, value.asText())));
        return new Persona(p.text("id"), p.text("name"), p.optionalText("description"),
                p.texts("goals"), p.texts("needs"), p.texts("pains"), p.texts("preferredChannels"),
                attributes, p.position());
    }

    private static Stage stage(Obj s) {
        String stageId = s.text("id");
        String name = s.text("name");
        Optional<String> goal = s.optionalText("goal");
        List<Step> steps = new ArrayList<>();
        List<JsonNode> items = s.array("steps");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                throw new JourneyJsonException(s.itemPath("steps", i), "expected an object (a touchpoint or a moment), got "
                        + describe(item));
            }
            JsonNode type = item.get("type");
            if (type == null) {
                throw new JourneyJsonException(s.itemPath("steps", i) + ".type",
                        "missing required field (\"touchpoint\" or \"moment\")");
            }
            if (!type.isTextual()) {
                throw new JourneyJsonException(s.itemPath("steps", i) + ".type",
                        "expected a string (\"touchpoint\" or \"moment\"), got " + describe(type));
            }
            steps.add(switch (type.asText()) {
                case "touchpoint" -> touchpoint(new Obj(item, s, "steps", i, "touchpoint", TOUCHPOINT_FIELDS), stageId);
                case "moment" -> moment(new Obj(item, s, "steps", i, "moment", MOMENT_FIELDS), stageId);
                default -> throw new JourneyJsonException(s.itemPath("steps", i) + ".type", "unknown step type "
                        + quote(type.asText()) + " (expected \"touchpoint\" or \"moment\")");
            });
        }
        return new Stage(stageId, name, goal, steps, s.position());
    }

    private static Touchpoint touchpoint(Obj t, String stageId) {
        String id = t.text("id");
        String name = t.text("name");
        String channel = t.text("channel");
        Initiator initiatedBy = t.keyword("initiatedBy", Initiator.class, Initiator::fromKeyword)
                .orElse(Initiator.CUSTOMER);
        List<String> personas = t.texts("personas");
        OptionalInt emotion = t.optionalInt("emotion");
        List<String> actions = t.texts("actions");
        List<String> thoughts = t.texts("thoughts");
        List<Question> questions = t.objects("questions", "question", QUESTION_FIELDS,
                q -> new Question(q.text("text"), q.optionalText("answeredBy"), q.position()));
        List<PainPoint> pains = pains(t);
        List<String> opportunities = t.texts("opportunities");
        Optional<String> owner = t.optionalText("owner");
        List<FeedbackKind> feedback = t.keywords("feedback", FeedbackKind.class, FeedbackKind::fromKeyword);
        List<Metric> metrics = t.objects("metrics", "metric", METRIC_FIELDS, JsonMapReader::metric);
        List<Fallout> fallouts = t.objects("fallouts", "fallout", FALLOUT_FIELDS,
                f -> new Fallout(f.text("text"), f.optionalText("recoveredBy"), f.position()));
        return new Touchpoint(id, name, stageId, channel, initiatedBy, personas, emotion, actions,
                thoughts, questions, pains, opportunities, owner, feedback, metrics, fallouts,
                t.texts("frontstage"), t.texts("backstage"), t.texts("support"), t.texts("evidence"),
                t.position());
    }

    private static Moment moment(Obj m, String stageId) {
        String id = m.text("id");
        String name = m.text("name");
        List<String> personas = m.texts("personas");
        OptionalInt emotion = m.optionalInt("emotion");
        List<String> actions = m.texts("actions");
        List<String> thoughts = m.texts("thoughts");
        return new Moment(id, name, stageId, personas, emotion, actions, thoughts, pains(m), m.position());
    }

    private static List<PainPoint> pains(Obj step) {
        return step.objects("pains", "pain", PAIN_FIELDS, p -> new PainPoint(p.text("text"),
                p.keyword("severity", PainSeverity.class, PainSeverity::fromKeyword).orElse(PainSeverity.MEDIUM),
                p.position()));
    }

    private static Metric metric(Obj m) {
        String name = m.text("name");
        double value = m.number("value");
        MetricUnit unit = m.keyword("unit", MetricUnit.class, MetricUnit::fromKeyword)
                .orElseThrow(() -> m.missing("unit"));
        Optional<MetricValue> target = m.has("target")
                ? Optional.of(new MetricValue(m.number("target"), unit)) : Optional.empty();
        Direction direction = m.keyword("direction", Direction.class, Direction::fromKeyword)
                .orElse(Metric.defaultDirection(name));
        return new Metric(name, new MetricValue(value, unit), target, direction, m.position());
    }

    /**
     * A JSON object being read, with its path for messages. The path is joined from the parent's
     * only when a message needs it: a large map has some 400,000 objects and no error.
     */
    private static final class Obj {

        private final JsonNode node;
        private final Obj parent;
        private final String name;
        private final int index;
        private final String what;
        private String path;

        /** Checks that {@code node} is an object with only {@code allowed} fields (any when null). */
        Obj(JsonNode node, String path, String what, Set<String> allowed) {
            this(node, null, null, -1, path, what, allowed);
        }

        /** The object at {@code parent.name[index]} ({@code parent.name} when index is -1). */
        Obj(JsonNode node, Obj parent, String name, int index, String what, Set<String> allowed) {
            this(node, parent, name, index, null, what, allowed);
        }

        private Obj(JsonNode node, Obj parent, String name, int index, String path, String what,
                    Set<String> allowed) {
            this.node = node;
            this.parent = parent;
            this.name = name;
            this.index = index;
            this.path = path;
            this.what = what;
            if (!node.isObject()) {
                throw new JourneyJsonException(path(), "expected an object (" + article(what) + "), got "
                        + describe(node));
            }
            if (allowed != null) {
                Iterator<String> names = node.fieldNames();
                while (names.hasNext()) {
                    String field = names.next();
                    if (!allowed.contains(field)) {
                        throw new JourneyJsonException(field(path(), field), "unknown field " + quote(field)
                                + " in " + article(what) + " (expected one of: " + String.join(", ", allowed) + ")");
                    }
                }
            }
        }

        /** {@code $.stages[1].steps[4]}: built on first use, for a message. */
        String path() {
            if (path == null) {
                String at = field(parent.path(), name);
                path = index < 0 ? at : at + "[" + index + "]";
            }
            return path;
        }

        /** The path of item {@code index} of the array {@code field}, for a message. */
        String itemPath(String field, int index) {
            return field(path(), field) + "[" + index + "]";
        }

        boolean has(String field) {
            return node.has(field);
        }

        JourneyJsonException missing(String field) {
            return new JourneyJsonException(field(path(), field), "missing required field of " + article(what));
        }

        private JourneyJsonException wrongType(String field, String expected, JsonNode value) {
            return new JourneyJsonException(field(path(), field), "expected " + expected + ", got " + describe(value));
        }

        String text(String field) {
            return optionalText(field).orElseThrow(() -> missing(field));
        }

        Optional<String> optionalText(String field) {
            JsonNode value = node.get(field);
            if (value == null) {
                return Optional.empty();
            }
            if (!value.isTextual()) {
                throw wrongType(field, "a string", value);
            }
            return Optional.of(value.asText());
        }

        List<JsonNode> array(String field) {
            JsonNode value = node.get(field);
            if (value == null) {
                return List.of();
            }
            if (!value.isArray()) {
                throw wrongType(field, "an array", value);
            }
            List<JsonNode> items = new ArrayList<>(value.size());
            for (int i = 0; i < value.size(); i++) {
                items.add(value.get(i));
            }
            return items;
        }

        /** An optional array of strings; absent is empty. */
        List<String> texts(String field) {
            JsonNode items = node.get(field);
            if (items == null) {
                return List.of();
            }
            if (!items.isArray()) {
                throw wrongType(field, "an array", items);
            }
            List<String> out = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                if (!item.isTextual()) {
                    throw new JourneyJsonException(itemPath(field, i),
                            "expected a string, got " + describe(item));
                }
                out.add(item.asText());
            }
            return out;
        }

        List<String> requiredTexts(String field) {
            if (!node.has(field)) {
                throw missing(field);
            }
            return texts(field);
        }

        <T> List<T> objects(String field, String itemWhat, Set<String> allowed, Function<Obj, T> read) {
            JsonNode items = node.get(field);
            if (items == null) {
                return List.of();
            }
            if (!items.isArray()) {
                throw wrongType(field, "an array", items);
            }
            List<T> out = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                out.add(read.apply(new Obj(items.get(i), this, field, i, itemWhat, allowed)));
            }
            return out;
        }

        Optional<Obj> optionalObject(String field, String objectWhat, Set<String> allowed) {
            JsonNode value = node.get(field);
            return value == null ? Optional.empty()
                    : Optional.of(new Obj(value, this, field, -1, objectWhat, allowed));
        }

        /** Every field of this object, each of which must be a string. */
        void forEachField(java.util.function.BiConsumer<String, JsonNode> action) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> entry = fields.next();
                if (!entry.getValue().isTextual()) {
                    throw wrongType(entry.getKey(), "a string", entry.getValue());
                }
                action.accept(entry.getKey(), entry.getValue());
            }
        }

        int integer(String field) {
            return optionalInt(field).orElseThrow(() -> missing(field));
        }

        OptionalInt optionalInt(String field) {
            OptionalLong value = integral(field, Integer.MIN_VALUE, Integer.MAX_VALUE);
            return value.isPresent() ? OptionalInt.of((int) value.getAsLong()) : OptionalInt.empty();
        }

        OptionalLong optionalLong(String field) {
            return integral(field, Long.MIN_VALUE, Long.MAX_VALUE);
        }

        private OptionalLong integral(String field, long min, long max) {
            JsonNode value = node.get(field);
            if (value == null) {
                return OptionalLong.empty();
            }
            if (!value.isIntegralNumber()) {
                throw wrongType(field, "an integer", value);
            }
            if (!value.canConvertToLong() || value.longValue() < min || value.longValue() > max) {
                throw new JourneyJsonException(field(path(), field), "integer " + value.asText()
                        + " is out of range (" + min + ".." + max + ")");
            }
            return OptionalLong.of(value.longValue());
        }

        double number(String field) {
            JsonNode value = node.get(field);
            if (value == null) {
                throw missing(field);
            }
            if (!value.isNumber()) {
                throw wrongType(field, "a number", value);
            }
            double number = value.doubleValue();
            if (!Double.isFinite(number)) {
                throw new JourneyJsonException(field(path(), field), "number is out of the range of a double");
            }
            return number;
        }

        <E extends Enum<E> & Keyworded> Optional<E> keyword(String field, Class<E> type,
                                                            Function<String, E> fromKeyword) {
            Optional<String> word = optionalText(field);
            if (word.isEmpty()) {
                return Optional.empty();
            }
            E value = fromKeyword.apply(word.get());
            if (value == null) {
                throw unknownKeyword(field(path(), field), word.get(), type);
            }
            return Optional.of(value);
        }

        <E extends Enum<E> & Keyworded> List<E> keywords(String field, Class<E> type,
                                                         Function<String, E> fromKeyword) {
            List<String> words = texts(field);
            List<E> out = new ArrayList<>(words.size());
            for (int i = 0; i < words.size(); i++) {
                E value = fromKeyword.apply(words.get(i));
                if (value == null) {
                    throw unknownKeyword(itemPath(field, i), words.get(i), type);
                }
                out.add(value);
            }
            return out;
        }

        Optional<SourcePosition> position() {
            return optionalObject("position", "position", POSITION_FIELDS).map(p -> {
                String file = p.text("file");
                int line = p.integer("line");
                int column = p.integer("column");
                if (line < 1) {
                    throw new JourneyJsonException(p.path() + ".line", "must be 1 or more, got " + line);
                }
                if (column < 1) {
                    throw new JourneyJsonException(p.path() + ".column", "must be 1 or more, got " + column);
                }
                return new SourcePosition(file, line, column);
            });
        }
    }

    private static <E extends Enum<E> & Keyworded> JourneyJsonException unknownKeyword(String path, String word,
                                                                                      Class<E> type) {
        return new JourneyJsonException(path, "unknown value " + quote(word) + " (expected one of: "
                + Arrays.stream(type.getEnumConstants()).map(Keyworded::keyword)
                        .collect(Collectors.joining(", ")) + ")");
    }

    private static JourneyJsonException syntaxError(JsonProcessingException e) {
        String path = e.getProcessor() instanceof JsonParser parser ? path(parser.getParsingContext()) : "$";
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new JourneyJsonException(path, "not valid JSON" + where + ": " + e.getOriginalMessage(), e);
    }

    /** The JSON path of a parser's place: {@code $.stages[1].steps}. */
    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.push(field("", c.getCurrentName()));
            }
        }
        return "$" + String.join("", parts);
    }

    /** {@code path.name}, or {@code path['name']} when the name is not a plain word. */
    static String field(String path, String name) {
        boolean plain = !name.isEmpty() && !Character.isDigit(name.charAt(0))
                && name.chars().allMatch(c -> c == '_' || (c >= 'a' && c <= 'z')
                        || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
        return plain ? path + "." + name
                : path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    private static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "the string " + quote(value.asText());
        }
        if (value.isNumber()) {
            return "the number " + value.asText();
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String quote(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String article(String what) {
        return ("aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ") + what;
    }

    private static Set<String> fields(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }
}
