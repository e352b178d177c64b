package dev.journeykit.cli.internal;

import dev.journeykit.core.internal.FileBytes;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.dsl.JourneyDsl;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/** Reads input files: text strictly as UTF-8, maps through the DSL parser. */
final class Maps {

    private Maps() {
    }

    /** The file's text, strictly UTF-8; an I/O error or bytes that are not UTF-8 become an error naming the file. */
    static String read(Input input) throws CliError {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes(input))).toString();
        } catch (CharacterCodingException e) {
            throw IoErrors.error(input.name(), "cannot read", e);
        }
    }

    /**
     * The text of a {@code .journey} file, decoded by the DSL: a byte that is not UTF-8 is a
     * {@code JourneyDslException} at its {@code file:line:column}.
     */
    static String readMap(Input input) throws CliError {
        return JourneyDsl.decode(input.name(), bytes(input));
    }

    private static byte[] bytes(Input input) throws CliError {
        try {
            return FileBytes.read(input.path());
        } catch (IOException e) {
            throw IoErrors.error(input.name(), "cannot read", e);
        } catch (OutOfMemoryError e) {
            throw new CliError(input.name() + ": cannot read: the file is too large");
        }
    }

    /** Parses the file; syntax errors throw {@code JourneyDslException} naming it. */
    static JourneyMap load(Input input) throws CliError {
        return JourneyDsl.parse(input.name(), readMap(input));
    }

    /** As {@link #emit(String, java.nio.file.Path, Console)}, the text given as its UTF-8 bytes. */
    static void emit(byte[] utf8, java.nio.file.Path output, Console console) throws CliError {
        if (output == null) {
            console.print(new String(utf8, StandardCharsets.UTF_8));
        } else {
            AtomicFiles.writeAllBytes(java.util.Map.of(output, utf8));
        }
    }

    /** Writes {@code text} to {@code output} atomically, or to the output stream when it is null. */
    static void emit(String text, java.nio.file.Path output, Console console) throws CliError {
        if (output == null) {
            console.print(text);
        } else {
            AtomicFiles.write(output, text);
        }
    }
}
