package dev.journeykit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.model.JourneyMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the example of docs/json-format.md true: it reads, and writes back byte for byte. */
class JsonFormatDocTest {

    @Test
    void the_documented_example_reads_and_writes_back_identically() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "json-format.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("```\n", start));
        JourneyMap map = JourneyJson.read(example);
        assertThat(map.title()).isEqualTo("Satin pillowcase");
        assertThat(map.steps()).hasSize(3);
        assertThat(JourneyJson.write(map)).isEqualTo(example);
    }
}
