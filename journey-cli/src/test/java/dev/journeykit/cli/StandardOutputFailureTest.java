package dev.journeykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output that cannot be written is an I/O error: exit 2 and a message, never exit 0 with the output lost. */
class StandardOutputFailureTest {

    @TempDir
    Path dir;

    /** A stream whose every write fails, like a closed pipe. */
    private static final class Broken extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
        }
    }

    @Test
    void a_failing_output_stream_exits_with_2_and_says_so() throws IOException {
        Path map = Files.writeString(dir.resolve("t.journey"), "journey \"T\" {\n}\n");
        StringWriter err = new StringWriter();
        int code = JourneyCli.run(new PrintWriter(new Broken()), new PrintWriter(err), "export", map.toString());
        assertThat(code).isEqualTo(JourneyCli.ERROR);
        assertThat(err).hasToString("journey: cannot write to standard output\n");
    }

    @Test
    void a_working_output_stream_exits_with_0() throws IOException {
        Path map = Files.writeString(dir.resolve("t.journey"), "journey \"T\" {\n}\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JourneyCli.run(new PrintWriter(out), new PrintWriter(err), "export", map.toString());
        assertThat(code).isEqualTo(JourneyCli.OK);
        assertThat(err).hasToString("");
        assertThat(out.toString()).startsWith("{\n  \"title\": \"T\"");
    }
}
