package dev.journeykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command loads is a fact, not a timing: a text {@code check} without a settings file loads
 * neither the JSON library nor the renderer nor the event readers, and only its own command.
 */
class StartupClassesIT {

    private static final JourneyJar JOURNEY = new JourneyJar();

    @TempDir
    Path dir;

    @Test
    void a_text_check_without_a_settings_file_loads_no_json_library_no_renderer_and_no_other_command()
            throws IOException {
        Files.writeString(dir.resolve("clean.journey"), JourneyCliIT.CLEAN, StandardCharsets.UTF_8);
        List<String> classes = JOURNEY.classesLoaded(dir, "check", "clean.journey");
        assertThat(classes).contains("dev.journeykit.cli.internal.CheckCommand", "dev.journeykit.core.analysis.Analyzers");
        assertThat(classes).filteredOn(c -> c.startsWith("com.fasterxml.jackson.")).isEmpty();
        assertThat(classes).filteredOn(c -> c.startsWith("dev.journeykit.render.")).isEmpty();
        assertThat(classes).filteredOn(c -> c.startsWith("dev.journeykit.events.")).isEmpty();
        assertThat(classes).doesNotContain("dev.journeykit.cli.internal.RenderCommand",
                "dev.journeykit.cli.internal.ObserveCommand", "dev.journeykit.cli.internal.ReportCommand");
    }

    @Test
    void a_text_check_spins_no_method_handle_classes_for_record_keys() throws IOException {
        // a record's own equals and hashCode are bootstrapped at run time through ObjectMethods,
        // which spins some twenty method-handle classes on the start-up path
        Files.writeString(dir.resolve("suppressed.journey"), """
                journey "Suppressed" {
                    channel web "Website" kind self-service
                    stage buy "Buy" {
                        touchpoint checkout "Checks out" via web
                    }
                    suppress coverage.no-feedback because "not surveyed"
                }
                """, StandardCharsets.UTF_8);
        List<String> classes = JOURNEY.everyClassLoaded(dir, "check", "suppressed.journey");
        assertThat(classes).contains("dev.journeykit.core.analysis.SuppressionIndex");
        assertThat(classes).doesNotContain("java.lang.runtime.ObjectMethods");
    }

    @Test
    void no_class_of_ours_concatenates_strings_through_invokedynamic() throws IOException {
        // javac's default compiles each + of strings to a StringConcatFactory call site, which spins
        // method-handle classes on first use; the build compiles them as StringBuilder code
        List<String> concatenating = new java.util.ArrayList<>();
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(System.getProperty("journey.jar"))) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(jar.entries())) {
                if (entry.getName().startsWith("dev/journeykit/") && entry.getName().endsWith(".class")) {
                    try (var in = jar.getInputStream(entry)) {
                        String bytes = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                        if (bytes.contains("makeConcatWithConstants")) {
                            concatenating.add(entry.getName());
                        }
                    }
                }
            }
        }
        assertThat(concatenating).isEmpty();
    }

    @Test
    void a_json_check_and_a_settings_file_bring_the_json_library_when_they_need_it() throws IOException {
        Files.writeString(dir.resolve("clean.journey"), JourneyCliIT.CLEAN, StandardCharsets.UTF_8);
        assertThat(JOURNEY.classesLoaded(dir, "check", "clean.journey", "--format", "json"))
                .contains("com.fasterxml.jackson.databind.node.ObjectNode");
        Files.writeString(dir.resolve("journeykit.json"), "{\"disable\": [\"coverage.no-feedback\"]}\n",
                StandardCharsets.UTF_8);
        assertThat(JOURNEY.classesLoaded(dir, "check", "clean.journey"))
                .contains("com.fasterxml.jackson.databind.ObjectMapper");
    }
}
