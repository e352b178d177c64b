package dev.journeykit.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * JSON as every JourneyKit tool writes it (map files, reports, the CLI's outputs): two-space
 * indents, {@code "key": value}, {@code []} and {@code {}} when empty, {@code \n} line ends, a lone
 * surrogate (which UTF-8 cannot hold) as its <code>&#92;uXXXX</code> escape. Not
 * API: exported only to JourneyKit's own modules.
 */
public final class PrettyJson {

    /** Made on first use: an ObjectMapper takes tens of milliseconds to make in a fresh JVM. */
    private static final class Trees {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** Leaves the writer open: whoever made it closes it. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private PrettyJson() {
    }

    /** A new printer of this layout, for a streaming generator. */
    public static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /** The tree as pretty JSON, ending with a line break. */
    public static String write(JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = generator(out)) {
            writeTree(generator, node);
        } catch (IOException e) {
            throw new UncheckedIOException("a JSON tree could not be written", e);
        }
        return finish(out.toString());
    }

    /**
     * A streaming generator of this layout writing to {@code out} (left open when the generator is
     * closed), for a document too large to build as a tree first; {@link #finish} its text when
     * it is closed.
     */
    public static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(out);
        generator.setPrettyPrinter(printer());
        return generator;
    }

    /**
     * Writes {@code node} as the next value of {@code generator}, laid out as {@link #write} lays it
     * out. The trees of JourneyKit's documents (objects, arrays, strings, numbers, booleans, nulls)
     * are walked here, without an ObjectMapper (tens of milliseconds to make in a fresh JVM, where a
     * command writes one document); any other node is written by one.
     */
    public static void writeTree(JsonGenerator generator, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    generator.writeFieldName(field.getKey());
                    writeTree(generator, field.getValue());
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode element : node) {
                    writeTree(generator, element);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.textValue());
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL -> generator.writeNull();
            case NUMBER -> {
                switch (node.numberType()) {
                    case INT -> generator.writeNumber(node.intValue());
                    case LONG -> generator.writeNumber(node.longValue());
                    case BIG_INTEGER -> generator.writeNumber(node.bigIntegerValue());
                    case FLOAT -> generator.writeNumber(node.floatValue());
                    case DOUBLE -> generator.writeNumber(node.doubleValue());
                    default -> generator.writeNumber(node.decimalValue());
                }
            }
            default -> Trees.MAPPER.writeTree(generator, node);
        }
    }

    /** The text a generator of {@link #generator} wrote, made as {@link #write} makes its text. */
    public static String finish(String json) {
        return SafeText.jsonSurrogates(json) + "\n";
    }
}
