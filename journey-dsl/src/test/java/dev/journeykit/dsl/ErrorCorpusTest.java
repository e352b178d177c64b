package dev.journeykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.journeykit.dsl.internal.Dsl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every erroneous file under {@code src/test/resources/errors} gives exactly the diagnostics
 * written beside it ({@code NAME.txt}: the exception's message and a final line feed). The files
 * are read as bytes and decoded as {@code JourneyDsl.parse(Path)} does, under the source name
 * {@code errors/NAME.journey}.
 */
class ErrorCorpusTest {

    static final Path ERRORS = Path.of("src/test/resources/errors");

    static List<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(ERRORS)) {
            return files.filter(p -> p.toString().endsWith(".journey")).sorted().toList();
        }
    }

    /** What parsing a file of the corpus reports, as its {@code .txt} holds it. */
    static String diagnose(Path file) throws IOException {
        String name = "errors/" + file.getFileName();
        try {
            JourneyDsl.parse(name, Dsl.decode(name, Files.readAllBytes(file)));
            return "parsed without problems\n";
        } catch (JourneyDslException e) {
            return e.getMessage() + "\n";
        }
    }

    @TestFactory
    Stream<DynamicTest> each_erroneous_file_gives_exactly_its_expected_diagnostics() throws IOException {
        return cases().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Path expected = Path.of(file.toString().replaceAll("\\.journey$", ".txt"));
            assertThat(expected).exists();
            assertThat(diagnose(file)).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        }));
    }

    @Test
    void the_corpus_holds_at_least_25_cases() throws IOException {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void diagnostics_are_sorted_by_position_and_capped_at_50() throws IOException {
        Path file = ERRORS.resolve("too-many-problems.journey");
        JourneyDslException e = catchThrowableOfType(JourneyDslException.class, () -> JourneyDsl.parse("x.journey", Files.readString(file)));

        assertThat(e.diagnostics()).hasSize(50);
        assertThat(e.diagnostics()).extracting(d -> d.position().line()).isSorted();
        assertThat(e.getMessage()).endsWith("too many problems: only the first 50 are shown");
    }

    /** Writes the expected files from the current output: run by hand, then review every diff. */
    public static void main(String[] args) throws IOException {
        for (Path file : cases()) {
            Path expected = Path.of(file.toString().replaceAll("\\.journey$", ".txt"));
            Files.writeString(expected, diagnose(file), StandardCharsets.UTF_8);
        }
    }
}
