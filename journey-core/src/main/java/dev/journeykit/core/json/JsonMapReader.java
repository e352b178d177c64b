package dev.journeykit.core.json;

import static dev.journeykit.core.json.JsonObject.describe;
import static dev.journeykit.core.json.JsonObject.field;
import static dev.journeykit.core.json.JsonObject.quote;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.util.TokenBuffer;
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
import dev.journeykit.core.model.JourneyValidationException;
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
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads a map from JSON text with Jackson's streaming parser, token by token, checking every
 * object's fields and every value's type as they come and naming the JSON path of the first
 * thing wrong. No tree of the document is built. O(size of the text); the recursion depth is
 * that of the format (map, stage, step, question, position), never that of the input.
 *
 * <p>Field order does not matter. Two things must be known before others can be read: a step's
 * {@code type} (touchpoint or moment) and a stage's {@code id} (every step records its stage).
 * When the type is not a step's first field, or a stage's {@code steps} come before its
 * {@code id} (never so in what {@link JsonMapWriter} writes), that step or those steps are kept
 * as Jackson tokens ({@link TokenBuffer}) and read once the type or the id is known.
 *
 * <p>A syntax error anywhere in the text (a duplicate field, content after the map, nesting
 * deeper than Jackson's limit included) wins over a shape error, as it did when the whole text
 * was parsed before it was checked: after a shape error the rest of the text is still read.
 */
final class JsonMapReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
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
            "support", "evidence", "events", "position");
    private static final Set<String> MOMENT_FIELDS = fields("type", "id", "name", "personas",
            "emotion", "actions", "thoughts", "pains", "events", "position");
    private static final Set<String> QUESTION_FIELDS = fields("text", "answeredBy", "position");
    private static final Set<String> FALLOUT_FIELDS = fields("text", "recoveredBy", "position");
    private static final Set<String> PAIN_FIELDS = fields("text", "severity", "position");
    private static final Set<String> METRIC_FIELDS = fields("name", "value", "unit", "target",
            "direction", "position");
    private static final Set<String> PATH_FIELDS = fields("persona", "name", "steps", "position");
    private static final Set<String> FLOW_FIELDS = fields("steps", "volume", "kind", "position");
    private static final Set<String> SUPPRESSION_FIELDS = fields("code", "on", "reason", "position");
    static final Set<String> POSITION_FIELDS = fields("file", "line", "column");

    private static final String BOM = "\uFEFF";

    private JsonMapReader() {
    }

    /** A byte-order mark before the JSON is skipped, as before a {@code .journey} text. */
    static JourneyMap read(String json) {
        String text = json.startsWith(BOM) ? json.substring(1) : json;
        try (JsonParser p = FACTORY.createParser(text)) {
            return read(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen on a string", e);
        }
    }

    static JourneyMap read(Reader in) throws IOException {
        PushbackReader start = new PushbackReader(in, 1);
        int first = start.read();
        if (first >= 0 && first != BOM.charAt(0)) {
            start.unread(first);
        }
        try (JsonParser p = FACTORY.createParser(start)) {
            return read(p);
        }
    }

    private static JourneyMap read(JsonParser p) throws IOException {
        try {
            try {
                if (p.nextToken() == null) {
                    throw new JourneyJsonException("$", "expected a JSON object of a journey map, got no JSON value");
                }
                return map(JsonObject.open(p, null, "$", -1, "journey map", MAP_FIELDS));
            } catch (JourneyJsonException e) {
                if (e.getCause() == null) { // a shape error: not a syntax error, not an invalid map
                    readToTheEnd(p);
                }
                throw e;
            }
        } catch (JsonProcessingException e) {
            throw JsonErrors.syntaxError(e);
        }
    }

    /**
     * Reads the rest of the text after a shape error, so that a syntax error after it is the one
     * reported, as when the whole text was parsed first. A loop, not a recursion.
     */
    private static void readToTheEnd(JsonParser p) throws IOException {
        while (!p.getParsingContext().inRoot()) {
            if (p.nextToken() == null) {
                return;
            }
        }
        expectTheEnd(p);
    }

    /** Nothing may follow the map but white space. */
    private static void expectTheEnd(JsonParser p) throws IOException {
        JsonToken after = p.nextToken();
        if (after != null) {
            JsonLocation at = p.currentTokenLocation();
            String detail = "Trailing token (of type " + after + ") found after the journey map";
            throw new JourneyJsonException("$", "not valid JSON at line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ": " + detail, new JsonParseException(p, detail, at));
        }
    }

    private static JourneyMap map(JsonObject m) throws IOException {
        String title = null;
        MapKind kind = MapKind.CURRENT_STATE;
        Optional<String> objective = Optional.empty();
        Optional<String> timeline = Optional.empty();
        EmotionScale scale = EmotionScale.DEFAULT;
        List<Persona> personas = List.of();
        List<Channel> channels = List.of();
        List<Stage> stages = List.of();
        List<PersonaPath> paths = List.of();
        List<Flow> flows = List.of();
        List<Suppression> suppressions = List.of();
        Optional<SourcePosition> position = Optional.empty();
        for (String field = m.nextField(); field != null; field = m.nextField()) {
            switch (field) {
                case "title" -> title = m.text(field);
                case "kind" -> kind = m.keyword(field, MapKind.class, MapKind::fromKeyword);
                case "objective" -> objective = Optional.of(m.text(field));
                case "timeline" -> timeline = Optional.of(m.text(field));
                case "emotionScale" -> scale = scale(m.object(field, "emotion scale", SCALE_FIELDS));
                case "personas" -> personas = m.objects(field, "persona", PERSONA_FIELDS, JsonMapReader::persona);
                case "channels" -> channels = m.objects(field, "channel", CHANNEL_FIELDS, JsonMapReader::channel);
                case "stages" -> stages = m.objects(field, "stage", STAGE_FIELDS, JsonMapReader::stage);
                case "paths" -> paths = m.objects(field, "path", PATH_FIELDS, JsonMapReader::path);
                case "flows" -> flows = m.objects(field, "flow", FLOW_FIELDS, JsonMapReader::flow);
                case "suppressions" -> suppressions = m.objects(field, "suppression", SUPPRESSION_FIELDS,
                        JsonMapReader::suppression);
                case "position" -> position = m.position();
                default -> throw m.unknown(field);
            }
        }
        m.require(title, "title");
        expectTheEnd(m.p);
        try {
            return JourneyMap.create(new JourneyMap.Header(title, kind, objective, timeline, scale, position),
                    personas, channels, stages, paths, flows, suppressions);
        } catch (JourneyValidationException e) {
            throw JsonErrors.invalid(e, title, personas, channels, stages, paths, flows, suppressions);
        }
    }

    private static EmotionScale scale(JsonObject s) throws IOException {
        Integer low = null;
        Integer high = null;
        for (String field = s.nextField(); field != null; field = s.nextField()) {
            switch (field) {
                case "low" -> low = s.integer(field);
                case "high" -> high = s.integer(field);
                default -> throw s.unknown(field);
            }
        }
        s.require(low, "low");
        s.require(high, "high");
        return new EmotionScale(low, high);
    }

    private static Persona persona(JsonObject p) throws IOException {
        String id = null;
        String name = null;
        Optional<String> description = Optional.empty();
        List<String> goals = List.of();
        List<String> needs = List.of();
        List<String> pains = List.of();
        List<String> preferred = List.of();
        Map<String, String> attributes = Map.of();
        Optional<SourcePosition> position = Optional.empty();
        for (String field = p.nextField(); field != null; field = p.nextField()) {
            switch (field) {
                case "id" -> id = p.text(field);
                case "name" -> name = p.text(field);
                case "description" -> description = Optional.of(p.text(field));
                case "goals" -> goals = p.texts(field);
                case "needs" -> needs = p.texts(field);
                case "pains" -> pains = p.texts(field);
                case "preferredChannels" -> preferred = p.texts(field);
                case "attributes" -> attributes = attributes(p.object(field, "map of attributes", null));
                case "position" -> position = p.position();
                default -> throw p.unknown(field);
            }
        }
        p.require(id, "id");
        p.require(name, "name");
        return new Persona(id, name, description, goals, needs, pains, preferred, attributes, position);
    }

    /** An object of any fields, each a string, in order. */
    private static Map<String, String> attributes(JsonObject a) throws IOException {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String key = a.nextField(); key != null; key = a.nextField()) {
            attributes.put(key, a.text(key));
        }
        return attributes;
    }

    private static Channel channel(JsonObject c) throws IOException {
        String id = null;
        String name = null;
        ChannelKind kind = ChannelKind.OTHER;
        Optional<SourcePosition> position = Optional.empty();
        for (String field = c.nextField(); field != null; field = c.nextField()) {
            switch (field) {
                case "id" -> id = c.text(field);
                case "name" -> name = c.text(field);
                case "kind" -> kind = c.keyword(field, ChannelKind.class, ChannelKind::fromKeyword);
                case "position" -> position = c.position();
                default -> throw c.unknown(field);
            }
        }
        c.require(id, "id");
        c.require(name, "name");
        return new Channel(id, name, kind, position);
    }

    private static Stage stage(JsonObject s) throws IOException {
        String id = null;
        String name = null;
        Optional<String> goal = Optional.empty();
        List<Step> steps = List.of();
        TokenBuffer stepsBeforeId = null;
        Optional<SourcePosition> position = Optional.empty();
        for (String field = s.nextField(); field != null; field = s.nextField()) {
            switch (field) {
                case "id" -> id = s.text(field);
                case "name" -> name = s.text(field);
                case "goal" -> goal = Optional.of(s.text(field));
                case "steps" -> {
                    if (id != null) {
                        steps = steps(s, s.p, id);
                    } else {
                        s.p.nextToken();
                        stepsBeforeId = keep(s.p);
                    }
                }
                case "position" -> position = s.position();
                default -> throw s.unknown(field);
            }
        }
        s.require(id, "id");
        if (stepsBeforeId != null) {
            try (JsonParser kept = stepsBeforeId.asParser()) {
                steps = steps(s, kept, id);
            }
        }
        s.require(name, "name");
        return new Stage(id, name, goal, steps, position);
    }

    /** The value at the parser's current token, kept as tokens to be read later. */
    private static TokenBuffer keep(JsonParser p) throws IOException {
        TokenBuffer kept = new TokenBuffer(p, null);
        kept.copyCurrentStructure(p);
        return kept;
    }

    /** The steps of stage {@code s}: the value at {@code p}'s next token. */
    private static List<Step> steps(JsonObject s, JsonParser p, String stageId) throws IOException {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw new JourneyJsonException(field(s.path(), "steps"), "expected an array, got " + describe(p));
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new JourneyJsonException(s.itemPath("steps", i),
                        "expected an object (a touchpoint or a moment), got " + describe(p));
            }
            steps.add(step(s, p, i, stageId));
        }
        return steps;
    }

    /** Step {@code i} of stage {@code s}, at its START_OBJECT: read at once when its type comes first. */
    private static Step step(JsonObject s, JsonParser p, int i, String stageId) throws IOException {
        JsonToken token = p.nextToken();
        if (token == JsonToken.FIELD_NAME && "type".equals(p.currentName())) {
            return step(s, p, i, stageId, isTouchpoint(s, p, i));
        }
        TokenBuffer kept = new TokenBuffer(p, null);
        kept.writeStartObject();
        for (; token != JsonToken.END_OBJECT; token = p.nextToken()) {
            kept.copyCurrentStructure(p);
        }
        kept.writeEndObject();
        Boolean touchpoint = null;
        try (JsonParser scan = kept.asParser()) {
            scan.nextToken();
            while (touchpoint == null && scan.nextToken() == JsonToken.FIELD_NAME) {
                if ("type".equals(scan.currentName())) {
                    touchpoint = isTouchpoint(s, scan, i);
                } else {
                    scan.nextToken();
                    scan.skipChildren();
                }
            }
        }
        if (touchpoint == null) {
            throw new JourneyJsonException(s.itemPath("steps", i) + ".type",
                    "missing required field (\"touchpoint\" or \"moment\")");
        }
        try (JsonParser again = kept.asParser()) {
            again.nextToken();
            return step(s, again, i, stageId, touchpoint);
        }
    }

    private static Step step(JsonObject s, JsonParser p, int i, String stageId, boolean touchpoint) throws IOException {
        return touchpoint ? touchpoint(new JsonObject(p, s, "steps", i, "touchpoint", TOUCHPOINT_FIELDS), stageId)
                : moment(new JsonObject(p, s, "steps", i, "moment", MOMENT_FIELDS), stageId);
    }

    /** Reads the value of a step's {@code type} field: true for a touchpoint, false for a moment. */
    private static boolean isTouchpoint(JsonObject s, JsonParser p, int i) throws IOException {
        if (p.nextToken() != JsonToken.VALUE_STRING) {
            throw new JourneyJsonException(s.itemPath("steps", i) + ".type",
                    "expected a string (\"touchpoint\" or \"moment\"), got " + describe(p));
        }
        return switch (p.getText()) {
            case "touchpoint" -> true;
            case "moment" -> false;
            default -> throw new JourneyJsonException(s.itemPath("steps", i) + ".type", "unknown step type "
                    + quote(p.getText()) + " (expected \"touchpoint\" or \"moment\")");
        };
    }

    private static Touchpoint touchpoint(JsonObject t, String stageId) throws IOException {
        String id = null;
        String name = null;
        String channel = null;
        Initiator initiatedBy = Initiator.CUSTOMER;
        List<String> personas = List.of();
        OptionalInt emotion = OptionalInt.empty();
        List<String> actions = List.of();
        List<String> thoughts = List.of();
        List<Question> questions = List.of();
        List<PainPoint> pains = List.of();
        List<String> opportunities = List.of();
        Optional<String> owner = Optional.empty();
        List<FeedbackKind> feedback = List.of();
        List<Metric> metrics = List.of();
        List<Fallout> fallouts = List.of();
        List<String> frontstage = List.of();
        List<String> backstage = List.of();
        List<String> support = List.of();
        List<String> evidence = List.of();
        List<String> events = List.of();
        Optional<SourcePosition> position = Optional.empty();
        for (String field = t.nextField(); field != null; field = t.nextField()) {
            switch (field) {
                case "type" -> t.p.nextToken(); // read already, before the step
                case "id" -> id = t.text(field);
                case "name" -> name = t.text(field);
                case "channel" -> channel = t.text(field);
                case "initiatedBy" -> initiatedBy = t.keyword(field, Initiator.class, Initiator::fromKeyword);
                case "personas" -> personas = t.texts(field);
                case "emotion" -> emotion = OptionalInt.of(t.integer(field));
                case "actions" -> actions = t.texts(field);
                case "thoughts" -> thoughts = t.texts(field);
                case "questions" -> questions = t.objects(field, "question", QUESTION_FIELDS, JsonMapReader::question);
                case "pains" -> pains = t.objects(field, "pain", PAIN_FIELDS, JsonMapReader::pain);
                case "opportunities" -> opportunities = t.texts(field);
                case "owner" -> owner = Optional.of(t.text(field));
                case "feedback" -> feedback = t.keywords(field, FeedbackKind.class, FeedbackKind::fromKeyword);
                case "metrics" -> metrics = t.objects(field, "metric", METRIC_FIELDS, JsonMapReader::metric);
                case "fallouts" -> fallouts = t.objects(field, "fallout", FALLOUT_FIELDS, JsonMapReader::fallout);
                case "frontstage" -> frontstage = t.texts(field);
                case "backstage" -> backstage = t.texts(field);
                case "support" -> support = t.texts(field);
                case "evidence" -> evidence = t.texts(field);
                case "events" -> events = t.texts(field);
                case "position" -> position = t.position();
                default -> throw t.unknown(field);
            }
        }
        t.require(id, "id");
        t.require(name, "name");
        t.require(channel, "channel");
        return new Touchpoint(id, name, stageId, channel, initiatedBy, personas, emotion, actions,
                thoughts, questions, pains, opportunities, owner, feedback, metrics, fallouts,
                new Blueprint(frontstage, backstage, support, evidence), events, position);
    }

    private static Moment moment(JsonObject m, String stageId) throws IOException {
        String id = null;
        String name = null;
        List<String> personas = List.of();
        OptionalInt emotion = OptionalInt.empty();
        List<String> actions = List.of();
        List<String> thoughts = List.of();
        List<PainPoint> pains = List.of();
        List<String> events = List.of();
        Optional<SourcePosition> position = Optional.empty();
        for (String field = m.nextField(); field != null; field = m.nextField()) {
            switch (field) {
                case "type" -> m.p.nextToken(); // read already, before the step
                case "id" -> id = m.text(field);
                case "name" -> name = m.text(field);
                case "personas" -> personas = m.texts(field);
                case "emotion" -> emotion = OptionalInt.of(m.integer(field));
                case "actions" -> actions = m.texts(field);
                case "thoughts" -> thoughts = m.texts(field);
                case "pains" -> pains = m.objects(field, "pain", PAIN_FIELDS, JsonMapReader::pain);
                case "events" -> events = m.texts(field);
                case "position" -> position = m.position();
                default -> throw m.unknown(field);
            }
        }
        m.require(id, "id");
        m.require(name, "name");
        return new Moment(id, name, stageId, personas, emotion, actions, thoughts, pains, events, position);
    }

    private static Question question(JsonObject q) throws IOException {
        String text = null;
        Optional<String> answeredBy = Optional.empty();
        Optional<SourcePosition> position = Optional.empty();
        for (String field = q.nextField(); field != null; field = q.nextField()) {
            switch (field) {
                case "text" -> text = q.text(field);
                case "answeredBy" -> answeredBy = Optional.of(q.text(field));
                case "position" -> position = q.position();
                default -> throw q.unknown(field);
            }
        }
        q.require(text, "text");
        return new Question(text, answeredBy, position);
    }

    private static Fallout fallout(JsonObject f) throws IOException {
        String text = null;
        Optional<String> recoveredBy = Optional.empty();
        Optional<SourcePosition> position = Optional.empty();
        for (String field = f.nextField(); field != null; field = f.nextField()) {
            switch (field) {
                case "text" -> text = f.text(field);
                case "recoveredBy" -> recoveredBy = Optional.of(f.text(field));
                case "position" -> position = f.position();
                default -> throw f.unknown(field);
            }
        }
        f.require(text, "text");
        return new Fallout(text, recoveredBy, position);
    }

    private static PainPoint pain(JsonObject p) throws IOException {
        String text = null;
        PainSeverity severity = PainSeverity.MEDIUM;
        Optional<SourcePosition> position = Optional.empty();
        for (String field = p.nextField(); field != null; field = p.nextField()) {
            switch (field) {
                case "text" -> text = p.text(field);
                case "severity" -> severity = p.keyword(field, PainSeverity.class, PainSeverity::fromKeyword);
                case "position" -> position = p.position();
                default -> throw p.unknown(field);
            }
        }
        p.require(text, "text");
        return new PainPoint(text, severity, position);
    }

    private static Metric metric(JsonObject m) throws IOException {
        String name = null;
        Double value = null;
        MetricUnit unit = null;
        Double target = null;
        Direction direction = null;
        Optional<SourcePosition> position = Optional.empty();
        for (String field = m.nextField(); field != null; field = m.nextField()) {
            switch (field) {
                case "name" -> name = m.text(field);
                case "value" -> value = m.number(field);
                case "unit" -> unit = m.keyword(field, MetricUnit.class, MetricUnit::fromKeyword);
                case "target" -> target = m.number(field);
                case "direction" -> direction = m.keyword(field, Direction.class, Direction::fromKeyword);
                case "position" -> position = m.position();
                default -> throw m.unknown(field);
            }
        }
        m.require(name, "name");
        m.require(value, "value");
        m.require(unit, "unit");
        return new Metric(name, new MetricValue(value, unit),
                target == null ? Optional.empty() : Optional.of(new MetricValue(target, unit)),
                direction == null ? Metric.defaultDirection(name) : direction, position);
    }

    private static PersonaPath path(JsonObject p) throws IOException {
        String persona = null;
        String name = null;
        List<String> steps = null;
        Optional<SourcePosition> position = Optional.empty();
        for (String field = p.nextField(); field != null; field = p.nextField()) {
            switch (field) {
                case "persona" -> persona = p.text(field);
                case "name" -> name = p.text(field);
                case "steps" -> steps = p.texts(field);
                case "position" -> position = p.position();
                default -> throw p.unknown(field);
            }
        }
        p.require(persona, "persona");
        p.require(name, "name");
        p.require(steps, "steps");
        return new PersonaPath(persona, name, steps, position);
    }

    private static Flow flow(JsonObject f) throws IOException {
        List<String> steps = null;
        OptionalLong volume = OptionalLong.empty();
        TransitionKind kind = TransitionKind.NEXT;
        Optional<SourcePosition> position = Optional.empty();
        for (String field = f.nextField(); field != null; field = f.nextField()) {
            switch (field) {
                case "steps" -> steps = f.texts(field);
                case "volume" -> volume = OptionalLong.of(f.integral(field, Long.MIN_VALUE, Long.MAX_VALUE));
                case "kind" -> kind = f.keyword(field, TransitionKind.class, TransitionKind::fromKeyword);
                case "position" -> position = f.position();
                default -> throw f.unknown(field);
            }
        }
        f.require(steps, "steps");
        return new Flow(steps, volume, kind, position);
    }

    private static Suppression suppression(JsonObject s) throws IOException {
        String code = null;
        Optional<String> on = Optional.empty();
        String reason = null;
        Optional<SourcePosition> position = Optional.empty();
        for (String field = s.nextField(); field != null; field = s.nextField()) {
            switch (field) {
                case "code" -> code = s.text(field);
                case "on" -> on = Optional.of(s.text(field));
                case "reason" -> reason = s.text(field);
                case "position" -> position = s.position();
                default -> throw s.unknown(field);
            }
        }
        s.require(code, "code");
        s.require(reason, "reason");
        return new Suppression(code, on, reason, position);
    }

    static SourcePosition position(JsonObject p) throws IOException {
        String file = null;
        Integer line = null;
        Integer column = null;
        for (String field = p.nextField(); field != null; field = p.nextField()) {
            switch (field) {
                case "file" -> file = p.text(field);
                case "line" -> line = p.integer(field);
                case "column" -> column = p.integer(field);
                default -> throw p.unknown(field);
            }
        }
        p.require(file, "file");
        p.require(line, "line");
        p.require(column, "column");
        if (line < 1) {
            throw new JourneyJsonException(p.path() + ".line", "must be 1 or more, got " + line);
        }
        if (column < 1) {
            throw new JourneyJsonException(p.path() + ".column", "must be 1 or more, got " + column);
        }
        return new SourcePosition(file, line, column);
    }

    private static Set<String> fields(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }
}
