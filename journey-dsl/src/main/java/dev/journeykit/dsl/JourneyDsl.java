package dev.journeykit.dsl;

import dev.journeykit.core.internal.FileBytes;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.dsl.internal.Dsl;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The {@code .journey} language: parse text into a {@link JourneyMap}, print a map as canonical
 * text, reformat text keeping its comments.
 *
 * <pre>{@code
 * JourneyMap map = JourneyDsl.parse(Path.of("checkout.journey"));
 * String text = JourneyDsl.format(map);     // canonical; JourneyDsl.parse("x", text) equals map
 * }</pre>
 *
 * <p>Parsing never throws anything but {@link JourneyDslException} for bad text (and
 * {@link IOException} when a file cannot be read): every problem in the text is reported at its
 * file, line and column, at most {@value JourneyDslException#LIMIT} of them, sorted by position.
 * Time and memory are linear in the size of the text, and no input can exhaust the stack.
 */
public final class JourneyDsl {

    private JourneyDsl() {
    }

    /**
     * Parses a {@code .journey} file, decoding it strictly as UTF-8.
     *
     * @param file the file; its name as given is the source name of positions and diagnostics
     * @throws JourneyDslException when the text is not a valid journey (or not UTF-8)
     * @throws IOException         when the file cannot be read
     */
    public static JourneyMap parse(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        return parse(name, Dsl.decode(name, FileBytes.read(file)));
    }

    /**
     * Decodes the bytes of a {@code .journey} file strictly as UTF-8, as {@link #parse(Path)}
     * does: for tools that read the file themselves (to name it their own way, or to reformat it).
     *
     * @param sourceName the name a diagnostic gives for the text, such as a file name
     * @throws JourneyDslException when a byte is not UTF-8: {@code file:line:column: invalid UTF-8 ...}
     */
    public static String decode(String sourceName, byte[] bytes) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(bytes, "bytes");
        return Dsl.decode(sourceName, bytes);
    }

    /**
     * Parses {@code .journey} text.
     *
     * @param sourceName the name positions and diagnostics give for the text, such as a file name
     * @throws JourneyDslException when the text is not a valid journey
     */
    public static JourneyMap parse(String sourceName, String text) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(text, "text");
        return Dsl.parse(sourceName, text);
    }

    /**
     * The canonical text of a map: four-space indent, one statement a line, statements in the
     * order of the language's table, defaults left out, {@code \n} line ends. Parsing it gives a
     * map equal to {@code map}, and formatting that map gives the same text.
     */
    public static String format(JourneyMap map) {
        return Dsl.format(Objects.requireNonNull(map, "map"));
    }

    /**
     * The canonical text of {@code .journey} text, keeping its comments: a comment on its own
     * lines stays before the statement (or closing brace) that follows it, a comment after a
     * statement on its line stays after it.
     *
     * @throws JourneyDslException when the text is not a valid journey
     */
    public static String reformat(String sourceName, String text) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(text, "text");
        return Dsl.reformat(sourceName, text);
    }
}
