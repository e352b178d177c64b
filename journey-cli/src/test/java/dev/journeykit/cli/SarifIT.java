package dev.journeykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeykit.cli.JourneyJar.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: a SARIF log that code scanning can track across commits. */
class SarifIT {

    private static final JourneyJar JOURNEY = new JourneyJar();

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private JsonNode sarif(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("check", "--format", "sarif"));
        all.addAll(List.of(args));
        Run run = JOURNEY.run(dir, all.toArray(String[]::new));
        assertThat(run.err()).as(run.toString()).isEmpty();
        return new ObjectMapper().readTree(run.out()).get("runs").get(0);
    }

    @Test
    void names_the_version_and_helps_with_every_rule() throws IOException {
        write("repo/maps/late.journey", JourneyCliIT.WITH_FINDINGS);
        JsonNode driver = sarif("repo/maps").get("tool").get("driver");
        assertThat(driver.get("version").asText()).isEqualTo(System.getProperty("journey.version"));
        assertThat(driver.get("semanticVersion").asText()).isEqualTo(System.getProperty("journey.version"));
        for (JsonNode rule : driver.get("rules")) {
            assertThat(rule.get("fullDescription").get("text").asText()).as(rule.get("id").asText()).isNotBlank();
            assertThat(rule.get("help").get("text").asText()).isNotBlank();
            assertThat(rule.get("help").get("markdown").asText()).startsWith("**`" + rule.get("id").asText() + "`**");
        }
    }

    @Test
    void a_moved_line_keeps_its_fingerprint_and_uris_are_relative_to_the_source_root() throws IOException {
        write("repo/maps/late.journey", JourneyCliIT.WITH_FINDINGS);
        JsonNode before = sarif("repo/maps/late.journey").get("results");
        write("repo/maps/late.journey", "# a comment moves every line\n\n" + JourneyCliIT.WITH_FINDINGS);
        JsonNode after = sarif("repo/maps/late.journey", "--source-root", "repo").get("results");
        assertThat(after).hasSameSizeAs(before).hasSize(8);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).get("partialFingerprints")).isEqualTo(before.get(i).get("partialFingerprints"));
            assertThat(after.get(i).get("partialFingerprints").get("journeykit/v1").asText()).hasSize(64);
            int line = before.get(i).get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt();
            JsonNode moved = after.get(i).get("locations").get(0).get("physicalLocation");
            assertThat(moved.get("region").get("startLine").asInt()).isEqualTo(line + 2);
        }
        assertThat(before.get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation").toString())
                .isEqualTo("{\"uri\":\"repo/maps/late.journey\",\"uriBaseId\":\"%SRCROOT%\"}");
        assertThat(after.get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation").toString())
                .isEqualTo("{\"uri\":\"maps/late.journey\",\"uriBaseId\":\"%SRCROOT%\"}");
    }
}
