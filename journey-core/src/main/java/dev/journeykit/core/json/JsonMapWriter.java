package dev.journeykit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.journeykit.core.internal.PrettyJson;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Keyworded;
import dev.journeykit.core.model.Metric;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.Moment;
import dev.journeykit.core.model.PainPoint;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.SourcePosition;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Touchpoint;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Writes a map with Jackson's streaming generator, field by field in the documented order. */
final class JsonMapWriter {

    private final JsonGenerator out;

    private JsonMapWriter(JsonGenerator out) {
        this.out = out;
    }

    static void write(JourneyMap map, Writer target) throws IOException {
        try (JsonGenerator generator = PrettyJson.generator(target)) {
            new JsonMapWriter(generator).map(map);
            generator.writeRaw('\n');
        }
        target.flush();
    }

    private void map(JourneyMap map) throws IOException {
        out.writeStartObject();
        text("title", map.title());
        keyword("kind", map.kind());
        optional("objective", map.objective());
        optional("timeline", map.timeline());
        out.writeObjectFieldStart("emotionScale");
        out.writeNumberField("low", map.emotionScale().low());
        out.writeNumberField("high", map.emotionScale().high());
        out.writeEndObject();
        objects("personas", map.personas(), this::persona);
        objects("channels", map.channels(), channel -> {
            text("id", channel.id());
            text("name", channel.name());
            keyword("kind", channel.kind());
            position(channel.position());
        });
        objects("stages", map.stages(), this::stage);
        objects("paths", map.paths(), path -> {
            text("persona", path.persona());
            text("name", path.name());
            strings("steps", path.steps());
            position(path.position());
        });
        objects("flows", map.flows(), flow -> {
            strings("steps", flow.steps());
            if (flow.volume().isPresent()) {
                out.writeNumberField("volume", flow.volume().getAsLong());
            }
            keyword("kind", flow.kind());
            position(flow.position());
        });
        objects("suppressions", map.suppressions(), suppression -> {
            text("code", suppression.code());
            optional("on", suppression.on());
            text("reason", suppression.reason());
            position(suppression.position());
        });
        position(map.position());
        out.writeEndObject();
    }

    private void persona(Persona persona) throws IOException {
        text("id", persona.id());
        text("name", persona.name());
        optional("description", persona.description());
        strings("goals", persona.goals());
        strings("needs", persona.needs());
        strings("pains", persona.pains());
        strings("preferredChannels", persona.preferredChannels());
        if (!persona.attributes().isEmpty()) {
            out.writeObjectFieldStart("attributes");
            for (Map.Entry<String, String> attribute : persona.attributes().entrySet()) {
                text(attribute.getKey(), attribute.getValue());
            }
            out.writeEndObject();
        }
        position(persona.position());
    }

    private void stage(Stage stage) throws IOException {
        text("id", stage.id());
        text("name", stage.name());
        optional("goal", stage.goal());
        objects("steps", stage.steps(), step -> {
            if (step instanceof Touchpoint touchpoint) {
                touchpoint(touchpoint);
            } else {
                moment((Moment) step);
            }
        });
        position(stage.position());
    }

    private void touchpoint(Touchpoint t) throws IOException {
        text("type", "touchpoint");
        text("id", t.id());
        text("name", t.name());
        text("channel", t.channelId());
        keyword("initiatedBy", t.initiatedBy());
        strings("personas", t.personas());
        emotion(t);
        strings("actions", t.actions());
        strings("thoughts", t.thoughts());
        objects("questions", t.questions(), question -> {
            text("text", question.text());
            optional("answeredBy", question.answeredBy());
            position(question.position());
        });
        pains(t.pains());
        strings("opportunities", t.opportunities());
        optional("owner", t.owner());
        keywords("feedback", t.feedback());
        objects("metrics", t.metrics(), this::metric);
        objects("fallouts", t.fallouts(), fallout -> {
            text("text", fallout.text());
            optional("recoveredBy", fallout.recoveredBy());
            position(fallout.position());
        });
        strings("frontstage", t.frontstage());
        strings("backstage", t.backstage());
        strings("support", t.support());
        strings("evidence", t.evidence());
        strings("events", t.events());
        position(t.position());
    }

    private void moment(Moment m) throws IOException {
        text("type", "moment");
        text("id", m.id());
        text("name", m.name());
        strings("personas", m.personas());
        emotion(m);
        strings("actions", m.actions());
        strings("thoughts", m.thoughts());
        pains(m.pains());
        strings("events", m.events());
        position(m.position());
    }

    private void emotion(Step step) throws IOException {
        if (step.emotion().isPresent()) {
            out.writeNumberField("emotion", step.emotion().getAsInt());
        }
    }

    private void pains(List<PainPoint> pains) throws IOException {
        objects("pains", pains, pain -> {
            text("text", pain.text());
            keyword("severity", pain.severity());
            position(pain.position());
        });
    }

    private void metric(Metric metric) throws IOException {
        text("name", metric.name());
        number("value", metric.value());
        keyword("unit", metric.value().unit());
        if (metric.target().isPresent()) {
            number("target", metric.target().get());
        }
        keyword("direction", metric.direction());
        position(metric.position());
    }

    /** A finite number in plain decimal notation with no trailing zeros: 390, 4.2, 0.001. */
    private void number(String field, MetricValue value) throws IOException {
        out.writeFieldName(field);
        out.writeNumber(MetricValue.formatNumber(value.value()));
    }

    /** What writes one item of a list. */
    @FunctionalInterface
    private interface ItemWriter<T> {
        void write(T item) throws IOException;
    }

    /** A field holding an array of objects, left out when the list is empty. */
    private <T> void objects(String field, List<T> items, ItemWriter<T> item) throws IOException {
        if (!items.isEmpty()) {
            out.writeArrayFieldStart(field);
            for (T value : items) {
                out.writeStartObject();
                item.write(value);
                out.writeEndObject();
            }
            out.writeEndArray();
        }
    }

    /** A string field; see {@link #text(String)}. */
    private void text(String field, String value) throws IOException {
        out.writeFieldName(field);
        text(value);
    }

    /**
     * A string value. Jackson writes characters as they are, so a lone surrogate (not text, but
     * a Java string can hold one) would be lost when the JSON is encoded as UTF-8: such a string
     * is written with the surrogate as a backslash-u escape, which reads back the same.
     */
    private void text(String value) throws IOException {
        if (!hasLoneSurrogate(value)) {
            out.writeString(value);
            return;
        }
        StringBuilder quoted = new StringBuilder(value.length() + 16).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (paired) {
                quoted.append(c).append(value.charAt(++i));
            } else if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                quoted.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                quoted.append(c);
            }
        }
        out.writeRawValue(quoted.append('"').toString());
    }

    private static boolean hasLoneSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private void position(Optional<SourcePosition> position) throws IOException {
        if (position.isPresent()) {
            SourcePosition at = position.get();
            out.writeObjectFieldStart("position");
            text("file", at.file());
            out.writeNumberField("line", at.line());
            out.writeNumberField("column", at.column());
            out.writeEndObject();
        }
    }

    private void keyword(String field, Keyworded value) throws IOException {
        text(field, value.keyword());
    }

    private void keywords(String field, List<? extends Keyworded> values) throws IOException {
        if (!values.isEmpty()) {
            out.writeArrayFieldStart(field);
            for (Keyworded value : values) {
                text(value.keyword());
            }
            out.writeEndArray();
        }
    }

    private void optional(String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            text(field, value.get());
        }
    }

    private void strings(String field, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            out.writeArrayFieldStart(field);
            for (String value : values) {
                text(value);
            }
            out.writeEndArray();
        }
    }
}
