package dev.journeykit.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * JSON Lines: one JSON object a line, read with Jackson's streaming parser. The case, time, event
 * and persona fields are strings or numbers; other fields are skipped whatever they hold. A line
 * that is not such an object is a bad row at its line and column.
 */
final class JsonLinesEventReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String name;
    private final EventLogOptions options;
    private final Feed feed;

    JsonLinesEventReader(String name, EventLogOptions options, Feed feed) {
        this.name = name;
        this.options = options;
        this.feed = feed;
    }

    void read(InputStream in) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        long number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (!line.isBlank()) {
                line(line, number);
            }
        }
    }

    private void line(String line, long number) throws IOException {
        String caseId = null;
        String time = null;
        String event = null;
        String persona = null;
        int timeColumn = 1;
        try (JsonParser p = FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                feed.bad(name, number, 1, "the line is not a JSON object");
                return;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                String text = value == JsonToken.VALUE_STRING || value.isNumeric() ? p.getText() : null;
                if (value.isStructStart()) {
                    p.skipChildren();
                }
                if (field.equals(options.caseColumn())) {
                    caseId = text;
                } else if (field.equals(options.timeColumn())) {
                    time = text;
                    timeColumn = (int) p.currentTokenLocation().getColumnNr();
                } else if (field.equals(options.eventColumn())) {
                    event = text;
                } else if (options.personaColumn().isPresent() && field.equals(options.personaColumn().get())) {
                    persona = text;
                }
            }
            if (p.nextToken() != null) {
                feed.bad(name, number, (int) p.currentTokenLocation().getColumnNr(),
                        "more than one JSON value on the line");
                return;
            }
        } catch (JsonParseException e) {
            String message = e.getOriginalMessage();
            int source = message.indexOf(" (start marker at");
            feed.bad(name, number, (int) e.getLocation().getColumnNr(),
                    "not JSON: " + (source >= 0 ? message.substring(0, source) : message));
            return;
        }
        for (String[] required : new String[][] {{caseId, options.caseColumn()}, {time, options.timeColumn()},
                {event, options.eventColumn()}}) {
            if (required[0] == null || required[0].isEmpty()) {
                feed.bad(name, number, 1, "no " + Texts.quote(required[1]) + " (a string or a number)");
                return;
            }
        }
        final String timeText = time;
        feed.row(caseId, EventTimes.parseOrInvalid(time), event, persona, name, number, timeColumn, () -> timeText);
    }
}
