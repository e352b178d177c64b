package dev.journeykit.core.json;

import dev.journeykit.core.model.JourneyMap;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Journey maps as JSON, both ways, in the format of {@code docs/json-format.md}.
 *
 * <p>Writing is deterministic: fields in a fixed order, lists in the map's order, two-space
 * indentation, {@code "\n"} line ends and a final new line; absent optional values and empty
 * lists are left out; source positions are written when the elements have them. Reading is
 * strict: an unknown field, a missing required field, a wrong type or an unknown keyword is a
 * {@link JourneyJsonException} naming its JSON path, and the map read is validated whole like
 * one built in code. For every valid map {@code read(write(map)).equals(map)}, positions
 * included.
 *
 * <p>Written with Jackson's streaming generator and read with its streaming parser, in one pass
 * and without a tree of the document; field order does not matter. No data binding, no
 * annotations on the model, no polymorphic typing. Thread-safe.
 */
public final class JourneyJson {

    private JourneyJson() {
    }

    /** The map as pretty JSON text ending with a new line. */
    public static String write(JourneyMap map) {
        Objects.requireNonNull(map, "map must not be null");
        StringWriter out = new StringWriter();
        try {
            JsonMapWriter.write(map, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen on a StringWriter", e);
        }
        return out.toString();
    }

    /** Writes the map as pretty JSON text to {@code out}, which is flushed and left open. */
    public static void write(JourneyMap map, Writer out) throws IOException {
        Objects.requireNonNull(map, "map must not be null");
        Objects.requireNonNull(out, "out must not be null");
        JsonMapWriter.write(map, out);
    }

    /**
     * Reads a map from JSON text.
     *
     * @throws JourneyJsonException when the text is not a valid journey map in JSON
     */
    public static JourneyMap read(String json) {
        Objects.requireNonNull(json, "json must not be null");
        return JsonMapReader.read(json);
    }

    /**
     * Reads a map from JSON text; the reader is read to its end and left open.
     *
     * @throws JourneyJsonException when the text is not a valid journey map in JSON
     * @throws IOException when reading fails
     */
    public static JourneyMap read(Reader in) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        return JsonMapReader.read(in);
    }
}
