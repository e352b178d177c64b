package dev.journeykit.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The short fuzz run of {@code mvn verify}: every corpus file (crashers and edge files found so
 * far, and the example maps) through the whole pipeline, then {@value #ITERATIONS} mutants of
 * them with a fixed seed. The long run is {@link Fuzz#main} (docs/testing.md).
 */
class FuzzTest {

    static final int ITERATIONS = 250;
    private static final Path CORPUS = Path.of("src", "test", "resources", "fuzz", "corpus");
    private static final Path EXAMPLES = Path.of("..", "examples", "maps");

    @TempDir
    Path crashers;

    static Stream<Path> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void every_corpus_file_goes_through_the_pipeline(Path file) throws IOException {
        Fuzz fuzz = new Fuzz(1, List.of(new byte[0]), crashers);
        fuzz.check(Files.readAllBytes(file), file.getFileName().toString());
        assertThat(fuzz.failures()).isEmpty();
    }

    @Test
    void mutants_of_the_corpus_never_crash_disagree_or_leak_unescaped_text() throws IOException {
        Fuzz fuzz = new Fuzz(20261130L, Fuzz.corpus(List.of(CORPUS, EXAMPLES)), crashers);
        fuzz.run(ITERATIONS);
        assertThat(fuzz.failures()).isEmpty();
        assertThat(fuzz.maps()).as(fuzz.summary(ITERATIONS)).isGreaterThan(ITERATIONS / 10);
    }
}
