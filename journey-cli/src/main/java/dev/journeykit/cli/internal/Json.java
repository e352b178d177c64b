package dev.journeykit.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.journeykit.core.internal.SafeText;

/**
 * Pretty JSON as every JourneyKit tool writes it: two-space indent, {@code "key": value}, {@code []}
 * when empty, {@code \n}, a lone surrogate as its <code>&#92;uXXXX</code> escape.
 */
final class Json {

    private static final ObjectWriter WRITER = new ObjectMapper().writer(pretty());

    private Json() {
    }

    private static DefaultPrettyPrinter pretty() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /** The tree as pretty JSON, ending with a line break. */
    static String pretty(JsonNode node) {
        try {
            return SafeText.jsonSurrogates(WRITER.writeValueAsString(node)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
