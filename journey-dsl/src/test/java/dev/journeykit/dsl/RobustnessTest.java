package dev.journeykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.SourcePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs end in a map or a {@link JourneyDslException}: never another exception, never a
 * stack overflow. (Speed is measured by {@code ParseThroughputMain}, not here.)
 */
class RobustnessTest {

    private static final String HEAD = "journey \"Big\" {\n    persona amber \"Amber\"\n    channel web \"Web\"\n"
            + "    stage s \"S\" {\n        touchpoint a \"A\" via web\n        moment b \"B\"\n    }\n";

    @TempDir
    Path dir;

    private static JourneyDslException failure(String text) {
        return catchThrowableOfType(JourneyDslException.class, () -> JourneyDsl.parse("in.journey", text));
    }

    @Test
    void empty_input_is_reported_at_line_1_column_1() {
        JourneyDslException e = failure("");

        assertThat(e.diagnostics()).hasSize(1);
        assertThat(e.diagnostics().get(0).position()).isEqualTo(new SourcePosition("in.journey", 1, 1));
        assertThat(e.getMessage()).startsWith("in.journey:1:1: expected 'journey', found end of file");
    }

    @Test
    void blank_and_comment_only_inputs_are_reported_not_thrown() {
        assertThat(failure("\n\n   \t\n").diagnostics()).hasSize(1);
        assertThat(failure("# only a comment\n// and another").diagnostics()).hasSize(1);
    }

    @Test
    void random_bytes_end_in_a_diagnostic() throws IOException {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(2000)];
            random.nextBytes(bytes);
            Path file = dir.resolve("random" + i + ".journey");
            Files.write(file, bytes);
            JourneyDslException e = catchThrowableOfType(JourneyDslException.class, () -> JourneyDsl.parse(file));
            if (bytes.length > 0) {
                assertThat(e).as("random bytes #%d", i).isNotNull();
                assertThat(e.diagnostics()).isNotEmpty().hasSizeLessThanOrEqualTo(50);
            }
        }
    }

    @Test
    void invalid_utf8_is_reported_at_the_line_and_column_of_the_bad_byte() throws IOException {
        Path file = dir.resolve("bad.journey");
        byte[] head = "journey \"Café\" {\n    objective \"Sell ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 4];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3; // a lead byte without its continuation
        bytes[head.length + 1] = 'x';
        bytes[head.length + 2] = '"';
        bytes[head.length + 3] = '\n';
        Files.write(file, bytes);

        JourneyDslException e = catchThrowableOfType(JourneyDslException.class, () -> JourneyDsl.parse(file));

        assertThat(e.diagnostics()).hasSize(1);
        Diagnostic d = e.diagnostics().get(0);
        assertThat(d.position()).isEqualTo(new SourcePosition(file.toString(), 2, 21));
        assertThat(d.message()).isEqualTo("invalid UTF-8: byte 0xC3 is not valid here (a .journey file is UTF-8 text)");
    }

    @Test
    void overlong_and_surrogate_utf8_encodings_are_rejected() throws IOException {
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}}) {
            Path file = dir.resolve("bad.journey");
            byte[] bytes = new byte[bad.length + 1];
            bytes[0] = 'j';
            System.arraycopy(bad, 0, bytes, 1, bad.length);
            Files.write(file, bytes);
            JourneyDslException e = catchThrowableOfType(JourneyDslException.class, () -> JourneyDsl.parse(file));
            assertThat(e.diagnostics().get(0).position().column()).isEqualTo(2);
        }
    }

    @Test
    void a_replacement_character_written_in_the_file_is_text_not_a_bad_byte() throws IOException {
        // decoding goes fast unless the result holds U+FFFD; a U+FFFD of the file itself is kept
        Path file = dir.resolve("fffd.journey");
        Files.writeString(file, "journey \"Broken \uFFFD glyph\" {\n}\n", StandardCharsets.UTF_8);
        assertThat(JourneyDsl.parse(file).title()).isEqualTo("Broken \uFFFD glyph");
        assertThat(JourneyDsl.decode("fffd.journey", Files.readAllBytes(file)))
                .isEqualTo("journey \"Broken \uFFFD glyph\" {\n}\n");
    }

    @Test
    void a_utf8_byte_order_mark_is_skipped() throws IOException {
        Path file = dir.resolve("bom.journey");
        Files.writeString(file, "\uFEFFjourney \"B\" {\n}\n");

        assertThat(JourneyDsl.parse(file).title()).isEqualTo("B");
    }

    @Test
    void nul_characters_are_reported_in_words() {
        JourneyDslException e = failure("journey \"a\" {\u0000\u0000\n}\n");

        assertThat(e.diagnostics()).extracting(Diagnostic::message).containsExactly("unexpected NUL (U+0000) and 1 more character");
    }

    @Test
    void a_50_mb_single_line_is_reported_with_a_short_excerpt() {
        StringBuilder line = new StringBuilder(50_000_100);
        line.append("journey \"x\" { objective \"");
        line.append("y".repeat(25_000_000));
        line.append("\" ");
        while (line.length() < 50_000_000) {
            line.append("ab cd ");
        }
        JourneyDslException e = failure(line.toString());

        assertThat(e.diagnostics()).isNotEmpty();
        Diagnostic first = e.diagnostics().get(0);
        assertThat(first.position().line()).isEqualTo(1);
        assertThat(first.position().column()).isEqualTo(25_000_028);
        assertThat(first.sourceLine().length()).isLessThan(300);
        assertThat(first.render()).contains("^^");
    }

    @Test
    void a_50_mb_single_word_is_one_diagnostic() {
        JourneyDslException e = failure("a".repeat(50_000_000));

        assertThat(e.diagnostics()).hasSize(1);
        assertThat(e.diagnostics().get(0).message()).startsWith("expected 'journey', found 'aaaa");
    }

    @Test
    void a_50_mb_string_parses() {
        String title = "t".repeat(50_000_000);

        assertThat(JourneyDsl.parse("in.journey", "journey \"" + title + "\" {\n}\n").title()).hasSize(50_000_000);
    }

    @Test
    void ten_thousand_nested_braces_are_skipped_without_recursion() {
        String text = "journey \"x\" {\n" + "{".repeat(10_000) + "}".repeat(10_000) + "\n}\n";

        JourneyDslException e = failure(text);

        assertThat(e.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("unexpected '{' (an opening brace stays on the line of its statement)");
    }

    @Test
    void ten_thousand_unclosed_braces_name_the_line_they_opened_on() {
        JourneyDslException e = failure("journey \"x\" {\n" + "{".repeat(10_000));

        assertThat(e.diagnostics()).extracting(Diagnostic::message).contains(
                "expected '}' to close the block opened at line 2, found end of file; "
                        + "the journey block opened at line 1 is not closed either");
    }

    @Test
    void a_million_nested_braces_at_top_level_are_reported() {
        JourneyDslException e = failure("{".repeat(1_000_000) + "}".repeat(1_000_000));

        assertThat(e.diagnostics()).hasSize(1);
    }

    @Test
    void a_path_of_a_million_steps_parses() {
        StringBuilder text = new StringBuilder(HEAD).append("    path amber \"Long\" {\n        a");
        for (int i = 1; i < 1_000_000; i++) {
            text.append(i % 2 == 1 ? " -> b" : " -> a");
            if (i % 10 == 0) {
                text.append("\n       ");
            }
        }
        text.append("\n    }\n}\n");

        JourneyMap map = JourneyDsl.parse("long.journey", text.toString());

        assertThat(map.paths().get(0).steps()).hasSize(1_000_000);
        assertThat(map.transitions()).hasSize(999_999);
    }

    @Test
    void a_path_of_a_million_unknown_steps_reports_at_most_50() {
        StringBuilder text = new StringBuilder(HEAD).append("    path amber \"Long\" {\n        x0");
        for (int i = 1; i < 1_000_000; i++) {
            text.append(" -> x").append(i);
        }
        text.append("\n    }\n}\n");

        JourneyDslException e = failure(text.toString());

        assertThat(e.diagnostics()).hasSize(50);
        assertThat(e.diagnostics().get(0).message()).isEqualTo("unknown step 'x0'");
    }

    @Test
    void a_flow_of_a_million_steps_on_one_line_parses() {
        StringBuilder text = new StringBuilder(HEAD).append("    flow a");
        for (int i = 1; i < 1_000_000; i++) {
            text.append(" -> b");
        }
        text.append(" volume 3\n}\n");

        assertThat(JourneyDsl.parse("flow.journey", text.toString()).flows().get(0).steps()).hasSize(1_000_000);
    }

    @Test
    void very_many_errors_stop_at_50_diagnostics() {
        JourneyDslException e = failure("journey \"x\" {\n" + "@ ".repeat(1_000_000) + "\n}\n");

        assertThat(e.diagnostics()).hasSize(50);
    }

    @Test
    void huge_numbers_are_reported_not_thrown() {
        String digits = "9".repeat(400);
        JourneyDslException e = failure(HEAD.replace("touchpoint a \"A\" via web",
                "touchpoint a \"A\" via web { emotion " + digits + "\n metric m 1e5 \n metric n " + digits + "9".repeat(400) + "%\n}")
                + "flow a -> b volume 99999999999999999999\n}\n");

        assertThat(e.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "number '" + "9".repeat(40) + "...' is too large",
                "invalid number '1e5' (expected a number like 3.5, a percentage like 71% or a duration like 6m30s)",
                "number '" + "9".repeat(40) + "...' is too large",
                "number 99999999999999999999 is too large for the volume (a whole number of customers, 0 or more)");
    }
}
