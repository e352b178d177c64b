package dev.journeykit.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;

/**
 * JSON as every JourneyKit tool writes it (map files, reports, the CLI's outputs): two-space
 * indents, {@code "key": value}, {@code []} and {@code {}} when empty, {@code \n} line ends, a lone
 * surrogate (which UTF-8 cannot hold) as its <code>&#92;uXXXX</code> escape. Not
 * API: exported only to JourneyKit's own modules.
 */
public final class PrettyJson {

    private static final ObjectWriter WRITER = new ObjectMapper().writer(printer());

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
        try {
            return SafeText.jsonSurrogates(WRITER.writeValueAsString(node)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a JSON tree could not be written", e);
        }
    }
}
